import { describe, expect, it } from 'vitest';
import { RULE_TABLE, Rule, ruleDescription, ruleId } from '../../src/core/rules.js';

const kebab = (name: string) =>
  name.replace(/[A-Z]/g, (c, at) => (at ? '-' : '') + c.toLowerCase());

describe('the rule table', () => {
  it('numbers the rules 0, 1, 2, ... in table order, one name per entry', () => {
    expect(Object.values(Rule)).toEqual(RULE_TABLE.map((_, index) => index));
  });

  it('gives each rule number the id its name spells in kebab case', () => {
    for (const [name, rule] of Object.entries(Rule)) expect(ruleId(rule)).toBe(kebab(name));
  });

  it('has unique ids of lower-case words joined by hyphens', () => {
    const ids = RULE_TABLE.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('describes every rule in one line of plain words', () => {
    for (const rule of Object.values(Rule)) {
      const description = ruleDescription(rule);
      expect(description.length).toBeGreaterThan(10);
      expect(description).not.toMatch(/[\n\r]/);
    }
  });
});
