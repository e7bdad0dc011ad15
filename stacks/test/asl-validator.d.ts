/** asl-validator 4 ships no types; this is the shape of its CommonJS default export. */
declare module "asl-validator" {
  interface ValidationError {
    "Error code": string;
    Message: string;
  }
  interface ValidationResult {
    isValid: boolean;
    errors: ValidationError[];
    errorsText(separator?: string): string;
  }
  export default function validator(definition: unknown, options?: { checkPaths?: boolean; checkArn?: boolean }): ValidationResult;
}
