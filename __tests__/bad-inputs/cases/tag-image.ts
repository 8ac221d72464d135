import type { BadInputCase } from '../harness.js';
import { badInput, notABoolean } from './edit.js';

const sha = (n: string) => `sha256:${n.repeat(64).slice(0, 64)}`;

export const cases: BadInputCase[] = [
  badInput('no images', { images: '' }, /images/),
  badInput('an image name with a space', { images: 'ghcr.io/org/my api' }, /not a valid image reference/, {
    input: 'images',
    value: 'ghcr.io/org/my api',
  }),
  badInput(
    'an image name carrying a workflow command',
    { images: 'ghcr.io/org/api\n::notice::INJECTED' },
    /not a valid image reference/,
    { input: 'images', value: '::notice::injected' },
  ),
  badInput('a tag rule of an unknown type', { tags: 'type=nightly' }, /nightly/),
  badInput('a tag rule without type', { tags: 'pattern={{version}}' }, /type/),
  badInput('a sha rule with an unknown format', { tags: 'type=sha,format=medium' }, /format/),
  badInput('a ref rule with an unknown event', { tags: 'type=ref,event=release' }, /event/),
  badInput('a raw rule without a value', { tags: 'type=raw' }, /value/),
  badInput('a semver rule without a pattern', { tags: 'type=semver' }, /pattern/),
  badInput(
    'an unknown placeholder',
    { tags: 'type=semver,pattern={{version}}-{{build}}', version: '1.2.3' },
    /\{\{build\}\}/,
  ),
  badInput(
    'a match rule, which tag-image does not offer',
    { tags: 'type=match,pattern=v(\\d)' },
    /unknown type 'match'/,
  ),
  badInput('a tag rule attribute that is not key=value', { tags: 'type=sha,long' }, /long|key=value/),
  badInput('an unknown flavor key', { flavor: 'newest=true' }, /newest/),
  badInput('a latest flavor that is not auto, true or false', { flavor: 'latest=sometimes' }, /latest/),
  badInput('a label line without =', { labels: 'maintainer' }, /KEY=VALUE/),
  badInput('a label line that is a workflow command', { labels: 'a=b\n::notice::INJECTED' }, /KEY=VALUE/),
  badInput('a label namespace with spaces', { 'label-namespace': 'my models' }, /label-namespace/),
  badInput('a label namespace ending with a dot', { 'label-namespace': 'io.example.' }, /label-namespace/),
  badInput(
    'a model name with a newline',
    { 'model-name': 'clf\n::set-output name=x::INJECTED' },
    /must be a single line/,
  ),
  badInput('a model version with a newline', { 'model-version': '3\n::add-mask::INJECTED' }, /model-version/),
  badInput(
    'a training job with a newline',
    { 'model-training-job': 'job\norg.opencontainers.image.source=https://INJECTED.example' },
    /model-training-job/,
  ),
  badInput(
    'a version that is not semantic',
    { tags: 'type=semver,pattern={{version}}', version: 'one-point-two' },
    /version/,
    { input: 'version' },
  ),
  badInput('a source digest that is too short', { source: 'sha256:abc', push: 'true' }, /source/),
  badInput('a source digest with upper-case hex', { source: sha('A'), push: 'true' }, /source/),
  badInput('a source digest of an unknown algorithm', { source: `md5:${'a'.repeat(32)}`, push: 'true' }, /source/),
  notABoolean('push', 'perhaps'),
  notABoolean('registry-lookup', 'sometimes'),
  badInput('push without a source', { push: 'true' }, /source/, { input: 'source' }),
  badInput(
    'a model tag rule without a model',
    { tags: 'type=model', 'model-name': '' },
    /model-name and model-version are not set/,
    { input: 'tags', value: 'type=model (line 1)' },
  ),
];
