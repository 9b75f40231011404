import type { TabState } from '../core/messages.ts';
import type { Settings } from '../core/settings/defaults.ts';
import { t } from '../ui/i18n.ts';
import { updateSettings } from '../shared/settings-store.ts';
import { siteRule, switchSite, type SiteRule } from './site-rule.ts';
import { errorText } from '../ui/message-text.ts';
import { switchControl } from './switch-control.ts';

export interface SiteSwitch {
  root: HTMLElement;
  update(state: TabState | null, settings: Settings): void;
}

/**
 * "On this site": adds the tab's exact host to the exclusions or removes it. A wider
 * pattern that covers the host is left alone (it speaks for other sites too) and explained.
 */
export function siteSwitch(announce: (text: string) => void, signal: AbortSignal): SiteSwitch {
  let rule: SiteRule = { kind: 'none' };
  let shown = '';
  const control = switchControl('bs-site', t('popupSiteSwitch'), (on) => {
    if (rule.kind === 'none') return;
    const { host } = rule;
    updateSettings((current) => ({ ...current, excludedSites: switchSite(current.excludedSites, host, on) })).catch((error: unknown) => {
      control.input.checked = rule.kind === 'included';
      announce(t('popupSaveFailed', errorText(error)));
    });
  }, signal);
  return {
    root: control.root,
    update(state, settings) {
      const scannable = state?.scannable === true;
      rule = scannable ? siteRule(state.host, settings.excludedSites) : { kind: 'none' };
      const signature = JSON.stringify([scannable, rule]);
      if (signature === shown) return;
      shown = signature;
      control.root.hidden = !scannable;
      control.input.checked = rule.kind === 'included';
      control.input.disabled = rule.kind === 'none' || rule.kind === 'covered';
      control.note.textContent = note(rule);
    },
  };
}

function note(rule: SiteRule): string {
  switch (rule.kind) {
    case 'none': return t('popupSiteNone');
    case 'included': return t('popupSiteOn', rule.host);
    case 'excluded': return t('popupSiteOff', rule.host);
    case 'covered': return t('popupSiteCovered', rule.host, rule.pattern);
  }
}
