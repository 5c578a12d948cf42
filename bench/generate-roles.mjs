#!/usr/bin/env node
// Makes a large but valid content folder for the scale benchmark: copies a content folder and adds N roles
// cloned from its existing role files. No dependencies.
//
//   node bench/generate-roles.mjs --from content --to /tmp/content-10k [--count 10000]
//
// Each clone i (1-based) is a copy of the (i-1) % R-th original role (R = number of original roles) with:
//   - slug  "<original-slug>-<i, five digits>"   (the file name)
//   - title "<original title> <i, five digits>"
//   - patient_contact, remote and entry_education set from i, so every filter combination matches a share of
//     the clones (e.g. remote=hybrid-possible&education=bachelor matches about 5/9 of them)
//   - related: kept as in the original (it names original roles, which all exist)
//   - aliases: [] (an alias must be unique site-wide, so clones claim none)
// Everything else (facts, sections, links in the body) is kept, so every clone passes the content rules.
import fs from 'node:fs';
import path from 'node:path';

const CONTACT = ['none', 'occasional', 'daily'];
const REMOTE = ['on-site', 'hybrid-possible', 'often-remote'];
const EDUCATION = ['high-school', 'some-college', 'postsecondary-award', 'associate', 'bachelor', 'master'];

function parseArgs(argv) {
  const options = { from: null, to: null, count: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--from') options.from = value();
    else if (arg === '--to') options.to = value();
    else if (arg === '--count') options.count = Number(value());
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node generate-roles.mjs --from CONTENT_DIR --to NEW_DIR [--count 10000]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.from || !options.to) throw new Error('--from and --to are required');
  if (!Number.isInteger(options.count) || options.count < 0 || options.count > 99999) {
    throw new Error('--count must be a whole number from 0 to 99999');
  }
  return options;
}

// Splits a role file into its front matter lines and the rest (which starts with the closing '---').
function splitFrontMatter(text, file) {
  const lines = text.split('\n');
  if (lines[0].trimEnd() !== '---') throw new Error(`${file}: does not start with '---'`);
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (end < 0) throw new Error(`${file}: front matter is not closed`);
  return { front: lines.slice(1, end), rest: lines.slice(end) };
}

// Replaces the value of a top-level key, including an indented block under it (a YAML list or map).
function setTopLevel(front, key, value, file) {
  const start = front.findIndex(line => line.startsWith(`${key}:`));
  if (start < 0) throw new Error(`${file}: no '${key}:' line`);
  let end = start + 1;
  while (end < front.length && (/^\s+\S/.test(front[end]) || front[end].trim() === '')) end++;
  front.splice(start, end - start, `${key}: ${value}`);
}

function withSuffix(titleValue, suffix) {
  const value = titleValue.trim();
  const commentless = value.replace(/\s+#.*$/, '');
  const quote = commentless[0];
  if ((quote === '"' || quote === "'") && commentless.endsWith(quote) && commentless.length > 1) {
    return `${commentless.slice(0, -1)} ${suffix}${quote}`;
  }
  return `${commentless} ${suffix}`;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const from = path.resolve(options.from);
  const to = path.resolve(options.to);
  const rolesDir = path.join(from, 'roles');
  if (!fs.existsSync(rolesDir)) throw new Error(`${rolesDir} does not exist`);
  if (fs.existsSync(to) && fs.readdirSync(to).length > 0) throw new Error(`${to} exists and is not empty`);

  fs.cpSync(from, to, { recursive: true });

  const originals = fs.readdirSync(rolesDir)
    .filter(name => name.endsWith('.md'))
    .sort()
    .map(name => {
      const file = path.join(rolesDir, name);
      const { front, rest } = splitFrontMatter(fs.readFileSync(file, 'utf8'), file);
      const titleLine = front.find(line => line.startsWith('title:'));
      if (!titleLine) throw new Error(`${file}: no title`);
      return { slug: name.slice(0, -3), file, front, rest, title: titleLine.slice('title:'.length) };
    });
  if (originals.length === 0) throw new Error(`${rolesDir} has no role files`);

  const width = 5;
  for (let i = 1; i <= options.count; i++) {
    const original = originals[(i - 1) % originals.length];
    const suffix = String(i).padStart(width, '0');
    const slug = `${original.slug}-${suffix}`;
    const front = [...original.front];
    setTopLevel(front, 'title', withSuffix(original.title, suffix), original.file);
    setTopLevel(front, 'patient_contact', CONTACT[i % CONTACT.length], original.file);
    setTopLevel(front, 'remote', REMOTE[Math.floor(i / 3) % REMOTE.length], original.file);
    setTopLevel(front, 'entry_education', EDUCATION[Math.floor(i / 9) % EDUCATION.length], original.file);
    if (front.some(line => line.startsWith('aliases:'))) {
      setTopLevel(front, 'aliases', '[]', original.file);
    }
    const text = ['---', ...front, ...original.rest].join('\n');
    fs.writeFileSync(path.join(to, 'roles', `${slug}.md`), text);
  }

  console.log(`generate-roles: ${to}: ${originals.length} original + ${options.count} generated roles`);
}

try {
  main();
} catch (error) {
  console.error(`generate-roles: ${error.message}`);
  process.exit(1);
}
