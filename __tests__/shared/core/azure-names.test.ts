/** Workspace coordinates checked before they become part of a request path (issue 17, part 5). */
import { checkWorkspaceCoordinates } from '../../../shared/core/azure-names.js';

const good = {
  subscriptionId: '0b1f6471-1bf0-4dda-aec3-cb9272f09590',
  resourceGroup: 'rg-ml.prod(1)',
  workspace: 'mlw-test_1',
};

describe('checkWorkspaceCoordinates', () => {
  test('accepts ARM-valid coordinates, Unicode resource groups included', () => {
    expect(checkWorkspaceCoordinates(good)).toBe(good);
    expect(() => checkWorkspaceCoordinates({ ...good, resourceGroup: 'équipe-données' })).not.toThrow();
  });

  test.each([
    ['subscriptionId', 'not-a-guid/../x', /Input 'subscription-id' .* must be a GUID/],
    ['subscriptionId', '0b1f6471-1bf0-4dda-aec3-cb9272f0959', /must be a GUID/],
    ['resourceGroup', 'rg/../other', /Input 'resource-group' .* must be 1 to 90 letters/],
    ['resourceGroup', 'rg.', /not ending with a period/],
    ['resourceGroup', 'r'.repeat(91), /1 to 90/],
    ['workspace', 'ws', /Input 'workspace' .* must be 3 to 33 letters/],
    ['workspace', '-ws', /starting with a letter or digit/],
    ['workspace', 'w'.repeat(34), /3 to 33/],
    ['workspace', 'ws%2F..', /3 to 33/],
  ])('%s %j is refused naming the input and what is accepted', (key, value, message) => {
    expect(() => checkWorkspaceCoordinates({ ...good, [key]: value })).toThrow(message);
  });

  test('names every bad coordinate at once', () => {
    expect(() => checkWorkspaceCoordinates({ subscriptionId: 'x', resourceGroup: 'rg', workspace: 'w' })).toThrow(
      /subscription-id[\s\S]*workspace/,
    );
  });
});
