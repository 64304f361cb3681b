// The demos that have an iframe page (/embed/<name>/), in the order the embed guide lists them.
import LogisticDataDemo from '../../components/LogisticDataDemo.astro';
import LogisticTrainDemo from '../../components/LogisticTrainDemo.astro';
import LossCompareDemo from '../../components/LossCompareDemo.astro';

export const embedDemos = [
  { name: 'logistic-data', element: 'logistic-data-demo', title: '로지스틱 회귀 데이터', component: LogisticDataDemo },
  { name: 'logistic-train', element: 'logistic-train-demo', title: 'Linear + Sigmoid 학습', component: LogisticTrainDemo },
  { name: 'loss-compare', element: 'loss-compare-demo', title: 'BCE vs MSE 비교', component: LossCompareDemo },
] as const;
