import type { Settings } from '../core/settings/defaults.ts';
import { t } from '../ui/i18n.ts';
import { updateSettings } from '../shared/settings-store.ts';
import { errorText } from '../ui/message-text.ts';
import { switchControl } from './switch-control.ts';

export interface PauseSwitch {
  root: HTMLElement;
  update(settings: Settings): void;
}

/** "Pause Backstory": the global `paused` setting, applied live in every tab. */
export function pauseSwitch(announce: (text: string) => void, signal: AbortSignal): PauseSwitch {
  let paused = false;
  const control = switchControl('bs-pause', t('popupPause'), (on) => {
    updateSettings({ paused: on }).catch((error: unknown) => {
      control.input.checked = paused;
      announce(t('popupSaveFailed', errorText(error)));
    });
  }, signal);
  control.note.textContent = t('popupPauseNote');
  return {
    root: control.root,
    update(settings) {
      paused = settings.paused;
      control.input.checked = paused;
    },
  };
}
