import type { TagImageResult } from './tag-image.js';

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The job summary: image, digest, each tag (and what re-tagging did to it), then the labels. */
export function summaryMarkdown(result: TagImageResult): string {
  const status = new Map(result.retag?.tags.map((t) => [t.tag, t.status]) ?? []);
  const lines = ['### Image tags and labels', '', '| image | digest | tag | registry |', '| --- | --- | --- | --- |'];
  for (const image of result.images) {
    for (const tag of result.tags) {
      const digest = result.retag ? code(result.retag.digest) : '';
      lines.push(`| ${code(image)} | ${digest} | ${code(tag)} | ${status.get(tag) ?? 'not pushed'} |`);
    }
  }
  if (result.retag?.platforms.length) lines.push('', `Platforms: ${result.retag.platforms.map(code).join(', ')}`);
  lines.push('', '| label | value |', '| --- | --- |');
  for (const [key, value] of Object.entries(result.labels)) lines.push(`| ${code(key)} | ${cell(value)} |`);
  return `${lines.join('\n')}\n`;
}
