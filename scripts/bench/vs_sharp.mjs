// Helper of vs_sharp.py (run by it with Node; sharp and eleventy-img come from .cache/bench/node).
//   node vs_sharp.mjs sharp JOBS.json     one sharp pipeline per job, one after the other, with sharp's
//                                          defaults (AVIF q50, effort 4, 4:4:4; Lanczos 3; shrink-on-load)
//   node vs_sharp.mjs eleventy JOBS.json  eleventy-img with its defaults, given the same widths and
//                                          AVIF + JPEG, all photos at once (its own queue decides the order)
// Prints one JSON object: per job the output bytes, wall and CPU seconds (CPU of the whole process: libvips
// threads included; jobs run one at a time, so it is the job's own).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [mode, jobsFile, modules] = process.argv.slice(2);
const require = createRequire(join(modules, "package.json"));
const jobs = JSON.parse(readFileSync(jobsFile, "utf8"));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
const now = () => Number(process.hrtime.bigint()) / 1e9;

if (mode === "sharp") {
  const sharp = require("sharp");
  const out = [];
  for (const j of jobs) {
    const t0 = now(), c0 = cpu();
    let p = sharp(j.src).rotate(); // upright by EXIF Orientation, as eleventy-img does for 5-8
    if (j.extract) p = p.extract(j.extract); // the same 4:3 crop as the archive's card, in full-size pixels
    const info = await p.resize(j.width, j.height, { fit: "fill" }).avif().toFile(j.out);
    out.push({ out: j.out, bytes: info.size, width: info.width, height: info.height, wall: now() - t0, cpu: cpu() - c0 });
  }
  console.log(JSON.stringify({ sharp: sharp.versions, jobs: out }));
} else if (mode === "eleventy") {
  const { default: Image } = await import(pathToFileURL(join(modules, "node_modules/@11ty/eleventy-img/img.js")).href);
  const t0 = now(), c0 = cpu();
  const stats = await Promise.all(jobs.map((j) => Image(j.src, { widths: j.widths, formats: ["avif", "jpeg"], outputDir: j.outDir })));
  const wall = now() - t0, used = cpu() - c0;
  const files = stats.flatMap((s) => [...s.avif, ...s.jpeg].map((x) => ({ format: x.format, width: x.width, height: x.height, bytes: x.size, path: x.outputPath })));
  console.log(JSON.stringify({ wall, cpu: used, files }));
} else {
  console.error("usage: node vs_sharp.mjs sharp|eleventy JOBS.json NODE_MODULES_DIR");
  process.exit(2);
}
