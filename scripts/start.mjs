// npm start: builds the app when dist/ is missing or older than the sources, then serves it on
// 127.0.0.1 (no external requests) and prints the one address to use (the browser keeps drafts per
// exact address). PORT overrides the default 4173.
import { execSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const sourcesTime = Math.max(
  newest(join(root, "src")),
  newest(join(root, "templates")),
  statSync(join(root, "index.html")).mtimeMs,
);
if (!existsSync(join(dist, "index.html")) || statSync(join(dist, "index.html")).mtimeMs < sourcesTime) {
  console.log("正在构建……");
  execSync("npx vite build --logLevel warn", { cwd: root, stdio: "inherit" });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const port = Number(process.env.PORT ?? 4173);
createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, "index.html");
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  });
  createReadStream(file).pipe(res);
}).listen(port, "127.0.0.1", () =>
  console.log(
    `年报编制工具已启动：http://127.0.0.1:${port}/\n` +
      "草稿保存在浏览器中，只属于这一个地址：请始终用上面的地址打开（localhost 或其他端口是另一个地址，看不到这里的草稿）。",
  ),
);
