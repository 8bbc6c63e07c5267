/** nianbao command line entry: runs `main` for this process and sets its exit code. */
import process from "node:process";
import { main } from "./main.ts";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
