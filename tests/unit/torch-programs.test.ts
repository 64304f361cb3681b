// Whole programs through the Python interpreter and the torch binding, against the same
// programs run by real PyTorch 1.13 (tests/fixtures/torch-programs, scripts/torch-programs.py):
// stdout must be identical (cells split at '# %%', each cell's last expression displayed as a
// notebook does) and the final parameters within 5e-5.
import { beforeAll, describe, expect, it } from 'vitest';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { createStandardModules } from '../../src/lib/python/modules/index';
import { loadDirNames } from '../../src/lib/python/objects/dir';
import { SubclassInstance } from '../../src/lib/python/objects/host';
import { PyNnModule } from '../../src/lib/torch/python/nn';
import { registerTorch } from '../../src/lib/torch/python/module';
import { PyTensor } from '../../src/lib/torch/python/tensor-object';
import { cellsOf, programNames, readProgram } from '../support/torch-programs';

function runProgram(source: string): { stdout: string; parameters: Record<string, number[]> } {
  let stdout = '';
  const interpreter = new Interpreter({ modules: registerTorch(createStandardModules()), write: (t) => (stdout += t) });
  for (const cell of cellsOf(source)) {
    const { shown } = interpreter.runCell(cell);
    if (shown !== null) stdout += shown + '\n';
  }
  const parameters: Record<string, number[]> = {};
  for (const [name, value] of interpreter.globals.vars) {
    // A Python `class Net(nn.Module)` instance keeps its module in its native part.
    const module = value instanceof PyNnModule ? value : value instanceof SubclassInstance && value.nativePart instanceof PyNnModule ? value.nativePart : null;
    if (module) {
      for (const [k, p] of module.module.namedParameters()) parameters[`${name}.${k}`] = Array.from(p.data);
    } else if (value instanceof PyTensor && value.tensor.requiresGrad && value.tensor.isLeaf) {
      parameters[name] = Array.from(value.tensor.data);
    }
  }
  return { stdout, parameters };
}

describe('PyTorch programs through the interpreter', () => {
  beforeAll(loadDirNames); // dir()'s tables, which the page loads before a cell that names dir

  for (const name of programNames()) {
    it(name, () => {
      const { source, fixture } = readProgram(name);
      const { stdout, parameters } = runProgram(source);
      expect(stdout).toBe(fixture.stdout);
      expect(Object.keys(parameters).sort()).toEqual(Object.keys(fixture.parameters).sort());
      for (const [key, values] of Object.entries(parameters)) {
        values.forEach((v, i) => expect(Math.abs(v - fixture.parameters[key][i]), `${key}[${i}]`).toBeLessThanOrEqual(5e-5));
      }
    }, 120_000);
  }
});
