import { render } from 'preact';
import '../../components/pages.css';
import { Reader } from '../../components/Reader';
import { allCommentary } from '../../utils/browser/imported';
import { pageTranslator } from '../../utils/browser/page-language';
import { loadSettings } from '../../utils/browser/settings-storage';
import type { Commentary } from '../../utils/commentary';
import { compileMatcher } from '../../utils/matcher';
import { relatedCommentaries, topicsOf } from '../../utils/related';
import { enabledTopics } from '../../utils/settings';
import { topicLabelsById } from '../../utils/topics';

async function main() {
  const params = new URLSearchParams(location.search);
  const settings = await loadSettings();
  const { t, language } = pageTranslator(settings);
  document.documentElement.lang = language;
  const { commentaries: all } = await allCommentary();
  const commentary = all.find((c) => c.id === params.get('c'));
  if (commentary) document.title = `${commentary.title} · JFIR Commentary`;
  const passageId = params.get('p') ?? undefined;
  const topics = enabledTopics(settings);
  const matcher = compileMatcher(topics);
  const label = topicLabelsById(topics, language);
  const readerHref = (c: Commentary) => `reader.html?${new URLSearchParams({ c: c.id })}`;
  render(
    <Reader
      t={t}
      language={language}
      commentary={commentary}
      {...(passageId ? { passageId } : {})}
      topics={
        commentary
          ? topicsOf(commentary, matcher).map((id) => ({ id, label: label(id), href: `popup.html?${new URLSearchParams({ topic: id })}` }))
          : []
      }
      related={
        commentary
          ? relatedCommentaries(commentary, all, matcher).map((r) => ({
              commentary: r.commentary,
              href: readerHref(r.commentary),
              shared: r.shared.map(label),
            }))
          : []
      }
    />,
    document.getElementById('app')!,
  );
}

main().catch((error: unknown) => console.error('JFIR Briefs: the reader page could not be shown', error));
