import { awsServices } from "@beian/aws-adapters";
import { handle } from "hono/aws-lambda";
import { createRegisterFilesApp } from "../packages/http/src/register-files-app.js";

/**
 * The register's CSV/XLSX export and bulk import (the gateway routes them here, not to `api`): the
 * only Lambda that carries exceljs, with the memory and time a large workbook needs.
 */
export const handler = handle(createRegisterFilesApp(awsServices()));
