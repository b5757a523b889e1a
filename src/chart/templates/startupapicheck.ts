import { ChartContext, Manifest } from '../context';

// TODO: placeholder until the templates of this group are ported; it renders nothing yet.
export function renderStartupapicheck(_ctx: ChartContext): Manifest[] {
  return [];
}
