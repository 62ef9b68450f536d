// recognizers.mjs: the Microsoft Recognizers-Text peer for scripts/bench.
//
//   node bench/peers/recognizers.mjs FILE...     # prints one JSON line on stdout:
//   // {"files":40,"bytes":412345,"seconds":45.1,"mb_per_s":0.009,"currency":812,"percent":530,"datetime":2210}
//
// Runs the suite's currency, percentage and datetime recognizers (English) over
// each non-empty line of each file, as a user of the library would feed it
// paragraphs. "seconds" covers recognition only, not loading the module, so the
// peer is measured at its best.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Suite = require("@microsoft/recognizers-text-suite");
const culture = Suite.Culture.English;

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node recognizers.mjs FILE...\n");
  process.exit(2);
}
const texts = files.map((f) => readFileSync(f, "utf8"));
const counts = { currency: 0, percent: 0, datetime: 0 };
let bytes = 0;
const start = process.hrtime.bigint();
for (const text of texts) {
  bytes += Buffer.byteLength(text, "utf8");
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    counts.currency += Suite.recognizeCurrency(line, culture).length;
    counts.percent += Suite.recognizePercentage(line, culture).length;
    counts.datetime += Suite.recognizeDateTime(line, culture).length;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ files: files.length, bytes, seconds,
  mb_per_s: seconds > 0 ? bytes / 1e6 / seconds : 0, ...counts }) + "\n");
