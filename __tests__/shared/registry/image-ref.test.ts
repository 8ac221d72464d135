import { UserError } from '../../../shared/core/errors.js';
import {
  formatImageRef,
  parseImageRef,
  repositoryName,
  sameRepository,
  tryParseImageRef,
  type ImageRef,
} from '../../../shared/registry/image-ref.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageRef', () => {
  it.each<[string, ImageRef]>([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['library/nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['index.docker.io/library/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['team/app:v1', { registry: 'docker.io', repository: 'team/app', tag: 'v1' }],
    ['myreg.azurecr.io/team/app:v1', { registry: 'myreg.azurecr.io', repository: 'team/app', tag: 'v1' }],
    ['MyReg.AzureCR.io/app', { registry: 'myreg.azurecr.io', repository: 'app' }],
    ['reg:5000/app', { registry: 'reg:5000', repository: 'app' }],
    ['reg:5000/app:v1', { registry: 'reg:5000', repository: 'app', tag: 'v1' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/a/b/c:1.0-rc.1', { registry: 'localhost:5000', repository: 'a/b/c', tag: '1.0-rc.1' }],
    ['127.0.0.1:5000/app', { registry: '127.0.0.1:5000', repository: 'app' }],
    ['[::1]:5000/app:v1', { registry: '[::1]:5000', repository: 'app', tag: 'v1' }],
    [`app@${DIGEST}`, { registry: 'docker.io', repository: 'library/app', digest: DIGEST }],
    [`reg:5000/app:v1@${DIGEST}`, { registry: 'reg:5000', repository: 'app', tag: 'v1', digest: DIGEST }],
    ['  reg.io/my_app__x/a-b--c.d  ', { registry: 'reg.io', repository: 'my_app__x/a-b--c.d' }],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['App:v1', 'lower-case'],
    ['reg.io/Team/app', 'lower-case'],
    ['reg.io/app:bad/tag', 'repository path component'],
    ['reg.io/app:-v1', "tag '-v1'"],
    ['reg.io/app@sha256:abc', 'digest'],
    [`reg.io/app@sha256:${'A'.repeat(64)}`, '64 lower-case hex'],
    ['reg.io//app', 'repository path component'],
    ['reg_x.io:50a/app', 'registry'],
    [`reg.io/${'a'.repeat(300)}`, 'longer than 255'],
  ])('rejects %j, saying %s', (text, why) => {
    expect(() => parseImageRef(text)).toThrow(UserError);
    expect(() => parseImageRef(text)).toThrow(why);
  });

  it('tryParseImageRef returns undefined for placeholders instead of throwing', () => {
    expect(tryParseImageRef('$(IMAGE)')).toBeUndefined();
    expect(tryParseImageRef('nginx')).toEqual({ registry: 'docker.io', repository: 'library/nginx' });
  });
});

describe('sameRepository', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:1.25', true],
    ['nginx:1', `library/nginx@${DIGEST}`, true],
    ['reg:5000/app:v1', 'reg:5000/app:v2', true],
    ['reg:5000/app', 'reg:5000/other', false],
    ['reg:5000/app', 'reg:5001/app', false],
    ['reg:5000/app', 'reg/app', false],
    ['team/app', 'library/app', false],
    ['myreg.azurecr.io/app', 'app', false],
  ])('%s vs %s -> %s', (a, b, same) => {
    expect(sameRepository(parseImageRef(a), parseImageRef(b))).toBe(same);
  });
});

describe('formatImageRef', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx', 'nginx'],
    ['team/app:v1', 'docker.io/team/app:v1', 'team/app:v1'],
    ['reg:5000/app:v1', 'reg:5000/app:v1', 'reg:5000/app:v1'],
    [`reg.io/app:v1@${DIGEST}`, `reg.io/app:v1@${DIGEST}`, `reg.io/app:v1@${DIGEST}`],
  ])('%s -> %s (familiar: %s)', (text, qualified, familiar) => {
    const ref = parseImageRef(text);
    expect(formatImageRef(ref)).toBe(qualified);
    expect(formatImageRef(ref, { familiar: true })).toBe(familiar);
    expect(parseImageRef(formatImageRef(ref))).toEqual(ref);
  });

  it('repositoryName is the fully qualified name without tag or digest', () => {
    expect(repositoryName(parseImageRef(`reg:5000/a/b:v1@${DIGEST}`))).toBe('reg:5000/a/b');
  });
});
