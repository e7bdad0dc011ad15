// opencc-js ships its dictionaries as plain modules without declarations: each default-exports "a b|c d".
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
