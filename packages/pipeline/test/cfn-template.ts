/**
 * A CloudFormation / SAM template checker for tests, since neither cfn-lint nor an AWS account is available
 * here: every resource type and property (nested property types included) against the CloudFormation
 * resource specification shipped in `@aws-cdk/cfnspec` (which carries SAM's `AWS::Serverless::*` types),
 * required properties, `!Ref` / `!GetAtt` / `${}` targets and attributes, condition names, the SAM
 * Globals keys, and parameter defaults against their own constraints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

/** A property's declaration in the specification. */
export interface PropSpec {
  Required?: boolean;
  PrimitiveType?: string;
  Type?: string;
  ItemType?: string;
  PrimitiveItemType?: string;
  /** SAM: any of these property types (e.g. an event's Properties). */
  Types?: string[];
  PrimitiveTypes?: string[];
  /** SAM: a list whose items are any of these. */
  InclusiveItemTypes?: string[];
  InclusivePrimitiveItemTypes?: string[];
}

interface TypeSpec {
  Properties?: Record<string, PropSpec>;
  Attributes?: Record<string, unknown>;
}

/** The parts of the resource specification the checker reads. */
export interface CfnSpec {
  ResourceSpecificationVersion: string;
  ResourceTypes: Record<string, TypeSpec>;
  PropertyTypes: Record<string, TypeSpec>;
}

/** A parsed template (intrinsic functions in their long form: `{ Ref }`, `{ 'Fn::GetAtt': [...] }`). */
export type Template = Record<string, unknown> & {
  Parameters?: Record<string, Record<string, unknown>>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, Record<string, unknown> & { Type: string; Properties?: Record<string, unknown> }>;
};

const INTRINSICS = ['Ref', 'Sub', 'GetAtt', 'If', 'Not', 'Equals', 'Join', 'Select', 'Split', 'FindInMap'];
const MORE = [
  'ImportValue',
  'Condition',
  'And',
  'Or',
  'Base64',
  'Cidr',
  'GetAZs',
  'Contains',
  'EachMemberEquals',
];

/** The YAML tags of CloudFormation's short forms (`!Ref`, `!Sub`, `!GetAtt A.B`, ...), as long forms. */
export const CFN_TAGS = [...INTRINSICS, ...MORE].flatMap((name) =>
  (['scalar', 'seq', 'map'] as const).map((nodeClass) => ({
    tag: `!${name}`,
    collection: nodeClass === 'scalar' ? undefined : nodeClass,
    resolve: (node: unknown) => {
      // Collections arrive as YAML nodes; their items are resolved already.
      const value =
        typeof (node as { toJSON?: unknown })?.toJSON === 'function'
          ? (node as { toJSON: () => unknown }).toJSON()
          : node;
      if (name === 'Ref' || name === 'Condition') return { [name]: value };
      // `!GetAtt Resource.Attribute.Path` is the list [Resource, 'Attribute.Path'].
      if (name === 'GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
      }
      return { [`Fn::${name}`]: value };
    },
  })),
) as unknown as NonNullable<Parameters<typeof parse>[2]>['customTags'];

/** Parses a template's YAML text with the CloudFormation tags. */
export function parseTemplate(text: string): Template {
  return parse(text, { customTags: CFN_TAGS }) as Template;
}

/**
 * SAM properties newer than the SAM types in the specification package (documented in the SAM developer
 * guide, `AWS::Serverless::Function`: `EphemeralStorage`), added with their declared shape.
 */
function withNewerSam(spec: CfnSpec): CfnSpec {
  const copy = structuredClone(spec);
  const fn = copy.ResourceTypes['AWS::Serverless::Function'];
  if (fn?.Properties && !fn.Properties.EphemeralStorage) {
    fn.Properties.EphemeralStorage = { Type: 'EphemeralStorage' };
    copy.PropertyTypes['AWS::Serverless::Function.EphemeralStorage'] = {
      Properties: { Size: { PrimitiveType: 'Integer', Required: true } },
    };
  }
  return copy;
}

/** The CloudFormation resource specification from `@aws-cdk/cfnspec` (with {@link withNewerSam}). */
export function loadCfnSpec(): CfnSpec {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@aws-cdk/cfnspec/spec/specification.json');
  return withNewerSam(JSON.parse(readFileSync(file, 'utf8')) as CfnSpec);
}

/** SAM Globals keys for functions that every SAM version accepts (samtranslator's `Globals`). */
export const SAM_GLOBALS_FUNCTION = [
  'Handler',
  'Runtime',
  'CodeUri',
  'DeadLetterQueue',
  'Description',
  'MemorySize',
  'Timeout',
  'VpcConfig',
  'Environment',
  'Tags',
  'Tracing',
  'KmsKeyArn',
  'AutoPublishAlias',
  'DeploymentPreference',
];

/** Attributes SAM gives its own resources (the specification lists none). */
const SAM_ATTRIBUTES: Record<string, string[]> = {
  'AWS::Serverless::Function': ['Arn'],
  'AWS::Serverless::HttpApi': ['ApiEndpoint', 'ApiId'],
};

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'Condition',
  'DependsOn',
  'Metadata',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'UpdatePolicy',
  'CreationPolicy',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const intrinsicName = (v: unknown): string | undefined => {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]?.startsWith('Fn::')) ? keys[0] : undefined;
};

/** Checks property values against the specification. */
class PropertyChecker {
  /** Properties checked so far. */
  checked = 0;

  constructor(private readonly spec: CfnSpec) {}

  typeOf(resourceType: string, name: string): TypeSpec | undefined {
    return this.spec.PropertyTypes[`${resourceType}.${name}`] ?? this.spec.PropertyTypes[name];
  }

  /** Checks an object of properties against a type's declarations; returns the errors (also recorded). */
  object(at: string, resourceType: string, type: TypeSpec, value: unknown, requireAll = true): string[] {
    const errors: string[] = [];
    if (intrinsicName(value)) return this.intrinsic(at, value, (v) => this.object(at, resourceType, type, v));
    if (!isObject(value)) return [`${at}: expected an object`];
    const props = type.Properties ?? {};
    for (const [key, v] of Object.entries(value)) {
      const p = props[key];
      if (!p) {
        errors.push(`${at}.${key}: unknown property (not in ${resourceType} of the specification)`);
        continue;
      }
      this.checked++;
      errors.push(...this.value(`${at}.${key}`, resourceType, p, v, value));
    }
    if (requireAll)
      for (const [key, p] of Object.entries(props))
        if (p.Required && !(key in value)) errors.push(`${at}: missing required property ${key}`);
    return errors;
  }

  /** An intrinsic's possible values (`Fn::If` branches) checked with `check`; others are taken on trust. */
  private intrinsic(at: string, value: unknown, check: (v: unknown) => string[]): string[] {
    const v = value as Record<string, unknown>;
    if ('Fn::If' in v) {
      const [, yes, no] = v['Fn::If'] as unknown[];
      return [yes, no]
        .filter((b) => !(isObject(b) && b.Ref === 'AWS::NoValue'))
        .flatMap((b) => (intrinsicName(b) ? [] : check(b)));
    }
    return [];
  }

  private primitive(at: string, kind: string, v: unknown): string[] {
    if (intrinsicName(v)) return this.intrinsic(at, v, (b) => this.primitive(at, kind, b));
    if (kind === 'Json')
      return typeof v === 'object' || typeof v === 'string' ? [] : [`${at}: expected JSON`];
    if (isObject(v) || Array.isArray(v)) return [`${at}: expected a ${kind}, got ${JSON.stringify(v)}`];
    if ((kind === 'Integer' || kind === 'Long' || kind === 'Double') && Number.isNaN(Number(v)))
      return [`${at}: expected a number`];
    if (kind === 'Boolean' && !['true', 'false'].includes(String(v))) return [`${at}: expected a boolean`];
    return [];
  }

  private item(at: string, resourceType: string, p: PropSpec, v: unknown): string[] {
    if (p.PrimitiveItemType) return this.primitive(at, p.PrimitiveItemType, v);
    const t = p.ItemType ? this.typeOf(resourceType, p.ItemType) : undefined;
    return t ? this.object(at, resourceType, t, v) : [`${at}: unknown item type ${p.ItemType}`];
  }

  value(
    at: string,
    resourceType: string,
    p: PropSpec,
    v: unknown,
    parent?: Record<string, unknown>,
  ): string[] {
    if (p.PrimitiveType) return this.primitive(at, p.PrimitiveType, v);
    if (p.Type === 'List') {
      if (intrinsicName(v)) return this.intrinsic(at, v, (b) => this.value(at, resourceType, p, b));
      if (!Array.isArray(v)) return [`${at}: expected a list`];
      return v.flatMap((item, i) =>
        intrinsicName(item)
          ? this.intrinsic(`${at}[${i}]`, item, (b) => this.item(`${at}[${i}]`, resourceType, p, b))
          : this.item(`${at}[${i}]`, resourceType, p, item),
      );
    }
    if (p.Type === 'Map') {
      if (intrinsicName(v)) return [];
      if (!isObject(v)) return [`${at}: expected a map`];
      return Object.entries(v).flatMap(([k, item]) => this.item(`${at}.${k}`, resourceType, p, item));
    }
    if (p.Type) {
      const t = this.typeOf(resourceType, p.Type);
      return t ? this.object(at, resourceType, t, v) : [`${at}: unknown property type ${p.Type}`];
    }
    return this.anyOf(at, resourceType, p, v, parent);
  }

  /** SAM's polymorphic properties: the value must fit one of the declared shapes. */
  private anyOf(
    at: string,
    resourceType: string,
    p: PropSpec,
    v: unknown,
    parent?: Record<string, unknown>,
  ): string[] {
    if (intrinsicName(v)) return this.intrinsic(at, v, (b) => this.anyOf(at, resourceType, p, b, parent));
    // An event source's Properties are the shape its sibling Type names (`HttpApi` -> `HttpApiEvent`).
    const named = typeof parent?.Type === 'string' ? `${parent.Type}Event` : undefined;
    const types = named && p.Types?.includes(named) ? [named] : (p.Types ?? []);
    const candidates: (() => string[])[] = [];
    if (!isObject(v) && !Array.isArray(v) && p.PrimitiveTypes?.length) candidates.push(() => []);
    if (isObject(v))
      for (const t of types) {
        const spec = this.typeOf(resourceType, t);
        if (spec) candidates.push(() => this.object(at, resourceType, spec, v));
      }
    if (Array.isArray(v) && (p.InclusiveItemTypes || p.InclusivePrimitiveItemTypes))
      candidates.push(() =>
        v.flatMap((item, i) =>
          this.anyOf(
            `${at}[${i}]`,
            resourceType,
            { Types: p.InclusiveItemTypes ?? [], PrimitiveTypes: p.InclusivePrimitiveItemTypes ?? [] },
            item,
          ),
        ),
      );
    if (candidates.length === 0) return [`${at}: no declared shape fits ${JSON.stringify(v).slice(0, 80)}`];
    let best: string[] | undefined;
    for (const c of candidates) {
      const e = c();
      if (e.length === 0) return [];
      if (!best || e.length < best.length) best = e;
    }
    return best ?? [];
  }
}

/** Every `${Name}` / `${Name.Attr}` of a `Fn::Sub` string (`${!Literal}` excluded). */
function subVariables(text: string): string[] {
  return [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((m) => (m[1] as string).trim());
}

/**
 * The template's problems, one line each (empty: none found), and how many properties were checked.
 *
 * @example
 * const { errors } = checkTemplate(parseTemplate(text), loadCfnSpec());
 */
export function checkTemplate(template: Template, spec: CfnSpec): { errors: string[]; checked: number } {
  const errors: string[] = [];
  const props = new PropertyChecker(spec);
  const parameters = template.Parameters ?? {};
  const resources = template.Resources ?? {};
  const conditions = template.Conditions ?? {};

  for (const [name, r] of Object.entries(resources)) {
    const at = `Resources.${name}`;
    const type = spec.ResourceTypes[r.Type];
    if (!type) {
      errors.push(`${at}: unknown resource type ${r.Type}`);
      continue;
    }
    for (const key of Object.keys(r))
      if (!RESOURCE_KEYS.has(key)) errors.push(`${at}.${key}: not a resource key`);
    if (r.Condition !== undefined && !(String(r.Condition) in conditions))
      errors.push(`${at}.Condition: no condition ${String(r.Condition)}`);
    for (const dep of [r.DependsOn ?? []].flat())
      if (!(String(dep) in resources)) errors.push(`${at}.DependsOn: no resource ${String(dep)}`);
    errors.push(...props.object(`${at}.Properties`, r.Type, type, r.Properties ?? {}));
  }

  const globals = (template.Globals ?? {}) as Record<string, Record<string, unknown>>;
  for (const [section, values] of Object.entries(globals)) {
    if (section !== 'Function') {
      errors.push(`Globals.${section}: not checked by this test (add its rules)`);
      continue;
    }
    for (const key of Object.keys(values))
      if (!SAM_GLOBALS_FUNCTION.includes(key))
        errors.push(`Globals.Function.${key}: not a SAM Globals property`);
    const fn = spec.ResourceTypes['AWS::Serverless::Function'] as TypeSpec;
    errors.push(...props.object('Globals.Function', 'AWS::Serverless::Function', fn, values, false));
  }

  for (const [name, p] of Object.entries(parameters)) {
    const d = p.Default;
    if (d === undefined) continue;
    const text = String(d);
    const allowed = p.AllowedValues as unknown[] | undefined;
    if (allowed && !allowed.map(String).includes(text))
      errors.push(`Parameters.${name}: default ${text} not in AllowedValues`);
    if (typeof p.AllowedPattern === 'string' && !new RegExp(`^(?:${p.AllowedPattern})$`).test(text))
      errors.push(`Parameters.${name}: default does not match AllowedPattern`);
    if (typeof p.MinLength === 'number' && text.length < p.MinLength)
      errors.push(`Parameters.${name}: default shorter than MinLength`);
  }

  const known = (ref: string, inRules: boolean): boolean =>
    ref in parameters || (!inRules && (ref in resources || PSEUDO.has(ref)));
  const attribute = (at: string, resource: string, attr: string): void => {
    const r = resources[resource];
    if (!r) return void errors.push(`${at}: GetAtt of no resource ${resource}`);
    const attrs = Object.keys(spec.ResourceTypes[r.Type]?.Attributes ?? {}).concat(
      SAM_ATTRIBUTES[r.Type] ?? [],
    );
    if (!attrs.includes(attr)) errors.push(`${at}: ${r.Type} has no attribute ${attr}`);
  };
  const walk = (at: string, v: unknown, inRules: boolean, locals: Set<string> = new Set()): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(`${at}[${i}]`, x, inRules, locals));
    if (!isObject(v)) return;
    if ('Ref' in v && !known(String(v.Ref), inRules))
      errors.push(`${at}: Ref to nothing named ${String(v.Ref)}`);
    if ('Fn::GetAtt' in v) {
      const [resource, attr] = v['Fn::GetAtt'] as [string, string];
      attribute(at, resource, attr);
    }
    if ('Fn::If' in v) {
      const cond = String((v['Fn::If'] as unknown[])[0]);
      if (!(cond in conditions)) errors.push(`${at}: Fn::If of no condition ${cond}`);
    }
    if ('Condition' in v && typeof v.Condition === 'string' && at.startsWith('Conditions'))
      if (!(v.Condition in conditions)) errors.push(`${at}: no condition ${v.Condition}`);
    if ('Fn::Sub' in v) {
      const sub = v['Fn::Sub'];
      const [text, vars] = Array.isArray(sub)
        ? [String(sub[0]), (sub[1] ?? {}) as object]
        : [String(sub), {}];
      const mine = new Set([...locals, ...Object.keys(vars)]);
      for (const name of subVariables(text)) {
        const [head, ...rest] = name.split('.');
        if (rest.length > 0 && !PSEUDO.has(name))
          attribute(`${at} \${${name}}`, head as string, rest.join('.'));
        else if (!mine.has(name) && !known(name, inRules)) errors.push(`${at}: \${${name}} names nothing`);
      }
      if (Array.isArray(sub)) walk(`${at}.Fn::Sub`, sub[1], inRules, locals);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(`${at}.${k}`, x, inRules, locals);
  };
  for (const section of ['Resources', 'Outputs', 'Conditions', 'Globals'])
    walk(section, template[section], false);
  walk('Rules', template.Rules, true);
  for (const [name, o] of Object.entries((template.Outputs ?? {}) as Record<string, Record<string, unknown>>))
    if (o.Condition !== undefined && !(String(o.Condition) in conditions))
      errors.push(`Outputs.${name}.Condition: no condition ${String(o.Condition)}`);

  return { errors, checked: props.checked };
}
