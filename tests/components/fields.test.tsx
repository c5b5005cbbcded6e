import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ColumnHeads, FileField, SelectField } from '../../components/fields';
import { DisplaySection } from '../../components/options/DisplaySection';
import { pagesCatalogs } from '../../utils/i18n/pages';
import { translator } from '../../utils/i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const t = translator(pagesCatalogs, 'en');
afterEach(cleanup);

describe('shared form fields', () => {
  it('SelectField: labelled, shows the value, hands back the value picked', () => {
    const onChange = vi.fn();
    render(
      <SelectField
        label="Colour"
        value="b"
        options={[
          ['a', 'Amber'],
          ['b', 'Blue'],
        ]}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Colour' });
    expect(select.value).toBe('b');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Amber', 'Blue']);
    fireEvent.change(select, { target: { value: 'a' } });
    expect(onChange).toHaveBeenCalledWith('a');
  });

  it('FileField: hands over the file picked and clears the input, so the same file can be picked again', () => {
    const onFile = vi.fn();
    render(<FileField label="Import" name="f" accept=".json" onFile={onFile} />);
    const input = screen.getByLabelText<HTMLInputElement>('Import');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json');
    const file = new File(['{}'], 'a.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { files: [] } });
    expect(onFile).toHaveBeenCalledTimes(1);
  });

  it('ColumnHeads: one column header per label, in order', () => {
    render(
      <table>
        <ColumnHeads labels={['Alias', 'Case']} />
      </table>,
    );
    expect(screen.getAllByRole('columnheader').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Alias', 'col'],
      ['Case', 'col'],
    ]);
  });

  it('DisplaySection: each select changes its own setting', () => {
    let settings: Settings = DEFAULT_SETTINGS;
    const update = (change: (s: Settings) => Settings) => (settings = change(settings));
    render(<DisplaySection t={t} settings={settings} update={update} />);
    const [style, trigger, excerpts, language] = screen.getAllByRole('combobox');
    fireEvent.change(style!, { target: { value: 'underline' } });
    fireEvent.change(trigger!, { target: { value: 'hover' } });
    fireEvent.change(excerpts!, { target: { value: '2' } });
    fireEvent.change(language!, { target: { value: 'ja' } });
    expect(settings.display).toMatchObject({ highlightStyle: 'underline', cardTrigger: 'hover', maxExcerpts: 2 });
    expect(settings.language).toBe('ja');
  });
});
