import { awsServices } from "@beian/aws-adapters";
import { handle } from "hono/aws-lambda";
import { createReportsApp } from "../packages/http/src/reports-app.js";

/**
 * 统计报表, the 工作台's figures and their CSV / XLSX exports (the gateway routes /api/reports/*
 * here, not to `api`): read-only, and it carries exceljs so the API's cold start never does.
 */
export const handler = handle(createReportsApp(awsServices()));
