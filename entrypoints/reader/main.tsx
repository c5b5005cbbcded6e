import { render } from 'preact';
import '../../components/pages.css';
import { Reader } from '../../components/Reader';
import index from '../../data/commentary.json';
import { settingsItem } from '../../utils/browser/settings-storage';
import type { Commentary } from '../../utils/commentary';
import { compileMatcher } from '../../utils/matcher';
import { relatedCommentaries, topicsOf } from '../../utils/related';
import { enabledTopics } from '../../utils/settings';
import { topicLabel } from '../../utils/topics';

async function main() {
  const params = new URLSearchParams(location.search);
  const all = index.commentaries as Commentary[];
  const commentary = all.find((c) => c.id === params.get('c'));
  if (commentary) document.title = `${commentary.title} · JFIR Commentary`;
  const passageId = params.get('p') ?? undefined;
  const topics = enabledTopics(await settingsItem.getValue());
  const matcher = compileMatcher(topics);
  const label = (id: string) => {
    const topic = topics.find((t) => t.id === id);
    return topic ? topicLabel(topic, navigator.language) : id;
  };
  const readerHref = (c: Commentary) => `reader.html?${new URLSearchParams({ c: c.id })}`;
  render(
    <Reader
      commentary={commentary}
      {...(passageId ? { passageId } : {})}
      topics={commentary ? topicsOf(commentary, matcher).map((id) => ({ id, label: label(id), href: `popup.html?${new URLSearchParams({ q: label(id) })}` })) : []}
      related={commentary ? relatedCommentaries(commentary, all, matcher).map((r) => ({ commentary: r.commentary, href: readerHref(r.commentary), shared: r.shared.map(label) })) : []}
    />,
    document.getElementById('app')!,
  );
}

void main();
