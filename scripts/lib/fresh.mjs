// Staleness check: is any source file newer than a build stamp? Cheap enough to run on every CLI call.
import fs from 'node:fs';
import path from 'node:path';

export function newestMtime(dirs, ignore = () => false) {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (ignore(p)) continue;
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) {
    if (fs.existsSync(d) && fs.statSync(d).isFile())
      newest = Math.max(newest, fs.statSync(d).mtimeMs);
    else walk(d);
  }
  return newest;
}

export function stampTime(stamp) {
  try {
    return fs.statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}
