// Every author component, made available to each lecture without an import:
// <Content components={lectureComponents} /> in src/pages/lectures/[...slug].astro.
// An MDX file may still import one explicitly, e.g. `import Callout from '../../components/Callout.astro'`.
import Answer from './Answer.astro';
import BarChart from './BarChart.astro';
import Callout from './Callout.astro';
import Graphviz from './Graphviz.astro';
import LogisticDataDemo from './LogisticDataDemo.astro';
import LogisticTrainDemo from './LogisticTrainDemo.astro';
import LossCompareDemo from './LossCompareDemo.astro';
import SeededTorchRun from './SeededTorchRun.astro';
import TorchCell from './TorchCell.astro';

export const lectureComponents = { Answer, BarChart, Callout, Graphviz, LogisticDataDemo, LogisticTrainDemo, LossCompareDemo, SeededTorchRun, TorchCell };
