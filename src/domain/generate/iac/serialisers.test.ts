import { parse } from '@cdktf/hcl2json'
import { format } from '@cdktf/hcl-tools'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bicepFile, bicepParamFile, btpl, bx, escapeBicep } from './bicep/serialise.ts'
import { attr, block, ex, hclFile, tpl } from './terraform/hcl.ts'

// Golden tests for the Bicep writer (no Bicep compiler runs here, so its exact text is pinned), and the
// escaping of both writers against hostile text: an answer never becomes code.

describe('the Bicep writer', () => {
  it('writes a resource with a decorator, a loop, parent, scope and a condition as bicep format lays it out', () => {
    expect(
      bicepFile({
        header: ['Header.'],
        params: [{ name: 'usesRbac', type: 'bool', description: "It's a flag." }],
        vars: [['items', [{ name: 'a' }]]],
        resources: [
          {
            symbol: 'fic',
            type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
            apiVersion: '2024-11-30',
            batchSize: 1,
            loop: { item: 'f', over: bx('items') },
            parent: 'identity',
            comment: ['One at a time.'],
            body: {
              name: bx('f.name'),
              properties: { audiences: ['api://AzureADTokenExchange'], subject: btpl('sa:', bx('f.name')) },
            },
          },
          {
            symbol: 'read',
            type: 'Microsoft.Authorization/roleAssignments',
            apiVersion: '2022-04-01',
            condition: bx('usesRbac'),
            scope: bx('secret'),
            body: { name: bx("guid(secret.id, 'x')"), properties: { principalType: 'ServicePrincipal' } },
          },
        ],
        outputs: [
          {
            name: 'clientId',
            type: 'string',
            description: 'The ID.',
            value: bx('identity.properties.clientId'),
          },
        ],
        trailer: ['Merge this.', '', 'x: 1'],
      }),
    ).toBe(
      [
        '// Header.',
        '',
        "@description('It\\'s a flag.')",
        'param usesRbac bool',
        '',
        'var items = [',
        '  {',
        "    name: 'a'",
        '  }',
        ']',
        '',
        '// One at a time.',
        '@batchSize(1)',
        "resource fic 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2024-11-30' = [",
        '  for f in items: {',
        '    parent: identity',
        '    name: f.name',
        '    properties: {',
        '      audiences: [',
        "        'api://AzureADTokenExchange'",
        '      ]',
        "      subject: 'sa:${f.name}'",
        '    }',
        '  }',
        ']',
        '',
        "resource read 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (usesRbac) {",
        '  scope: secret',
        "  name: guid(secret.id, 'x')",
        '  properties: {',
        "    principalType: 'ServicePrincipal'",
        '  }',
        '}',
        '',
        "@description('The ID.')",
        'output clientId string = identity.properties.clientId',
        '',
        '// Merge this.',
        '//',
        '// x: 1',
        '',
      ].join('\n'),
    )
  })

  it('writes a parameters file', () => {
    expect(
      bicepParamFile(['Values.'], 'main.bicep', [
        ['a', 'x'],
        ['b', true],
      ]),
    ).toBe("// Values.\nusing 'main.bicep'\n\nparam a = 'x'\nparam b = true\n")
  })

  it('escapes quotes, backslashes, ${ and control characters, so a value stays a string', () => {
    expect(escapeBicep("it's ${x} \\ \n\t\u0001")).toBe("it\\'s \\${x} \\\\ \\n\\t\\u{1}")
  })
})

describe('the HCL writer against hostile text', () => {
  it('any text in a string attribute parses back to exactly that text, and fmt leaves the file alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 30 }), async (text) => {
        const file = hclFile(
          [],
          [
            block(
              'resource',
              ['azurerm_resource_group', 'x'],
              [attr('name', text), attr('location', tpl(ex('var.l'), text))],
            ),
          ],
        )
        const doc = (await parse('x.tf', file)) as {
          resource: { azurerm_resource_group: { x: { name: string }[] } }
        }
        // HCL reads every string literal as Unicode NFC (hashicorp/hcl hclsyntax spec.md, "Template
        // Expressions"): U+F900 reads back as U+8C48. Names the validators admit are ASCII.
        expect(doc.resource.azurerm_resource_group.x[0]?.name).toBe(text.normalize('NFC'))
        expect(await format(file)).toBe(file)
      }),
      { numRuns: 150 },
    )
  })
  it('never writes a lone interpolation: a template of one expression is the expression', () => {
    expect(hclFile([], [attr('a', tpl(ex('var.x')))])).toBe('a = var.x\n')
  })
})
