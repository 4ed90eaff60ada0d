export { parseSignElement } from './sign';
export { Collector } from './collector';
