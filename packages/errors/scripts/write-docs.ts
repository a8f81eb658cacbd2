// Writes docs/errors.md from the error code list.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderErrorDocs } from "../src/render-docs.ts";

writeFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "errors.md"), renderErrorDocs());
