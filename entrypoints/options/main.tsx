import { render } from 'preact';
import '../../components/pages.css';
import { Options } from '../../components/Options';
import { settingsItem } from '../../utils/browser/settings-storage';
import type { Settings } from '../../utils/settings';

async function main() {
  const app = document.getElementById('app')!;
  const draw = (settings: Settings) =>
    render(<Options settings={settings} onChange={(next) => void settingsItem.setValue(next)} />, app);
  draw(await settingsItem.getValue());
  settingsItem.watch((settings) => draw(settings));
}

void main();
