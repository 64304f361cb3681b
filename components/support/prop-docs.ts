// One description of each authoring prop: the guide's table row (default, allowed values, what
// it does) and, through a type carried along with it, the component's `Props`. A component
// declares `interface Props extends PropsOf<typeof itsDocs> {}`, so the guide cannot list a prop
// the type does not have, or miss one it has.

/** The guide's words about one prop. */
export interface PropDoc {
  defaultValue: string;
  allowed: string;
  description: string;
}

/** A PropDoc that also carries the prop's TypeScript type (`value` exists only for the type checker). */
export interface TypedPropDoc<Value, IsRequired extends boolean> extends PropDoc {
  readonly required: IsRequired;
  readonly value?: Value;
}

/** An optional prop of type Value. */
export const optional = <Value>(doc: PropDoc): TypedPropDoc<Value, false> => ({ ...doc, required: false });
/** A required prop of type Value; the guide says "(필수)" for its default. */
export const required = <Value>(doc: Omit<PropDoc, 'defaultValue'>): TypedPropDoc<Value, true> => ({ defaultValue: '(필수)', ...doc, required: true });

type AnyDoc = TypedPropDoc<unknown, boolean>;
type ValueOf<Doc> = Doc extends TypedPropDoc<infer Value, boolean> ? Value : never;

/** The Props a component's docs describe: required ones required, the others optional. */
export type PropsOf<Docs extends Record<string, AnyDoc>> = {
  [Name in keyof Docs as Docs[Name]['required'] extends true ? Name : never]: ValueOf<Docs[Name]>;
} & {
  [Name in keyof Docs as Docs[Name]['required'] extends true ? never : Name]?: ValueOf<Docs[Name]>;
};
