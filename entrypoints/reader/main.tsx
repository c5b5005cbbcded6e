import { render } from 'preact';
import '../../components/pages.css';
import { Reader } from '../../components/Reader';
import index from '../../data/commentary.json';
import type { Commentary } from '../../utils/commentary';

const params = new URLSearchParams(location.search);
const commentary = (index.commentaries as Commentary[]).find((c) => c.id === params.get('c'));
if (commentary) document.title = `${commentary.title} · JFIR Commentary`;
const passageId = params.get('p') ?? undefined;
render(<Reader commentary={commentary} {...(passageId ? { passageId } : {})} />, document.getElementById('app')!);
