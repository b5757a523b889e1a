import { ChartContext, Manifest } from '../context';

// TODO: placeholder until the templates of this group are ported; it renders nothing yet.
export function renderWebhookConfiguration(_ctx: ChartContext): Manifest[] {
  return [];
}
