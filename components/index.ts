// Every author component, made available to each lecture without an import:
// <Content components={lectureComponents} /> in src/pages/lectures/[...slug].astro.
// An MDX file may still import one explicitly, e.g. `import Callout from '../../components/Callout.astro'`.
import Answer from './Answer.astro';
import BarChart from './BarChart.astro';
import Callout from './Callout.astro';
import Graphviz from './Graphviz.astro';
import RunValue from './RunValue.astro';
import SeededTorchRun from './SeededTorchRun.astro';
import TorchCell from './TorchCell.astro';
import { demoComponents } from './demos';

export const lectureComponents = { Answer, BarChart, Callout, Graphviz, RunValue, SeededTorchRun, TorchCell, ...demoComponents };
