import { getMetadataStorage, IsInt, IsOptional, IsString, MetadataStorage, Min, validate } from 'class-validator';
import { createValidationPipe, rememberValidationRules } from './validation';

class Parent {
  @IsString() name!: string;
}
class Child extends Parent {
  @IsInt() @Min(1) count!: number;
}
class Other {
  @IsOptional() @IsString() note?: string;
}

describe('rememberValidationRules', () => {
  it('answers what class-validator answers, for a class, its subclass and another, with each set of options', () => {
    const global = getMetadataStorage();
    const plain = new MetadataStorage();
    const remembering = new MetadataStorage();
    for (const target of [Parent, Child, Other]) {
      for (const metadata of global.getTargetValidationMetadatas(target, '', true, false)) {
        if (metadata.target !== target) continue;
        plain.addValidationMetadata(metadata);
        remembering.addValidationMetadata(metadata);
      }
    }
    rememberValidationRules(remembering);
    for (const target of [Parent, Child, Other]) {
      for (const [always, strict] of [
        [false, false],
        [true, false],
        [false, true],
      ]) {
        const expected = plain.getTargetValidationMetadatas(target, undefined as never, always, strict);
        expect(remembering.getTargetValidationMetadatas(target, undefined as never, always, strict)).toEqual(expected);
        // asked again: the same answer, without looking again
        expect(remembering.getTargetValidationMetadatas(target, undefined as never, always, strict)).toBe(
          remembering.getTargetValidationMetadatas(target, undefined as never, always, strict),
        );
      }
    }
    expect(
      remembering
        .getTargetValidationMetadatas(Child, undefined as never, false, false)
        .map((m) => m.propertyName)
        .sort(),
    ).toEqual(['count', 'count', 'name']);
  });

  it('forgets what it remembered when a rule is added, as a class declared later adds its own', () => {
    const storage = new MetadataStorage();
    rememberValidationRules(storage);
    rememberValidationRules(storage); // a second call wraps nothing twice
    class Later {
      value!: string;
    }
    expect(storage.getTargetValidationMetadatas(Later, undefined as never, false, false)).toEqual([]);
    const before = storage.getTargetValidationMetadatas;
    // Decorators write to the global storage: the same kind of rule, added to this one directly.
    storage.addValidationMetadata({
      type: 'isNotEmpty',
      target: Later,
      propertyName: 'value',
      constraints: [],
      validationTypeOptions: {},
      each: false,
      always: undefined,
      groups: [],
      context: undefined,
      name: 'isNotEmpty',
      message: undefined,
      constraintCls: undefined as never,
    } as never);
    expect(storage.getTargetValidationMetadatas).toBe(before);
    expect(storage.getTargetValidationMetadatas(Later, undefined as never, false, false).map((m) => m.propertyName)).toEqual(['value']);
  });

  it('leaves validation as it was: the pipe created with it still reports every broken rule', async () => {
    createValidationPipe();
    expect((getMetadataStorage().getTargetValidationMetadatas as { remembers?: true }).remembers).toBe(true);
    const child = Object.assign(new Child(), { name: 3, count: 0 });
    const errors = await validate(child);
    expect(errors.map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()])).toEqual([
      ['count', ['min']],
      ['name', ['isString']],
    ]);
  });
});
