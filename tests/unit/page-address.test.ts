/** Links to the story's own pages (`leadsToOwnStory`): its gallery under its address, or a viewer naming its id (mix218), a photo page naming it (mix241) or a gallery with it as a folder (mix263). */
import { describe, expect, it } from 'vitest';
import { leadsToOwnStory } from '../../utils/dom/page-address';
import { load } from './story-page';

const STORY = 'https://www.zpravodaj.example/ekonomika/domaci/sklarny-export-asie.A261205_083412_ekonomika_jav';
const SPORTS = 'https://www.nitto.example/sports/swimming/news/202612060000412.html';
const page = (canonical: string) => load(`<head><link rel="canonical" href="${canonical}"></head><body><p>Text</p></body>`);

describe('leadsToOwnStory', () => {
  it('takes a gallery under the story’s own address', () => expect(leadsToOwnStory(page(STORY), `${STORY}/foto`)).toBe(true));
  it('takes a picture viewer of the same host whose query names the story’s id', () =>
    expect(leadsToOwnStory(page(STORY), '/foto.aspx?r=ekonomika_domaci&c=A261205_083412_ekonomika_jav&foto=sklarna.jpg')).toBe(true));
  it('does not take the viewer for another story’s id', () =>
    expect(leadsToOwnStory(page(STORY), '/foto.aspx?r=ekonomika_domaci&c=A261130_101010_ekonomika_abc&foto=sklarna.jpg')).toBe(false));
  it('does not take another host naming the id', () =>
    expect(leadsToOwnStory(page(STORY), 'https://other.example/foto.aspx?c=A261205_083412_ekonomika_jav')).toBe(false));
  it('does not take an id that is only a part of a longer value', () =>
    expect(leadsToOwnStory(page(STORY), '/foto.aspx?c=A261205_083412_ekonomika_java')).toBe(false));
  it('takes nothing for a page whose address has no id and no path', () =>
    expect(leadsToOwnStory(page('https://www.zpravodaj.example/'), '/foto.aspx?c=123456')).toBe(false));
  it('takes a photo page of the same host whose last path segment names the story’s id (mix241)', () =>
    expect(leadsToOwnStory(page(SPORTS), '/photonews/photonews_nsInc_202612060000412-0.html')).toBe(true));
  it('does not take the photo page of another story', () =>
    expect(leadsToOwnStory(page(SPORTS), '/photonews/photonews_nsInc_202612050000399-0.html')).toBe(false));
  it('does not take an id that is only a part of a longer number in the segment', () =>
    expect(leadsToOwnStory(page(SPORTS), '/photonews/photonews_nsInc_2026120600004121-0.html')).toBe(false));
  it('takes a gallery of the same host with the story’s id as a whole path segment (mix263)', () =>
    expect(leadsToOwnStory(page(STORY), '/foto/A261205_083412_ekonomika_jav/1')).toBe(true));
  it('does not take a gallery with another story’s id as a path segment', () =>
    expect(leadsToOwnStory(page(STORY), '/foto/A261130_101010_ekonomika_abc/1')).toBe(false));
  it('does not take a folder named by a number without letters (a day’s date the day’s stories share)', () =>
    expect(leadsToOwnStory(page('https://www.zpravodaj.example/news/story.20261205'), '/archive/20261205/other-story')).toBe(false));
  it('survives a malformed query', () => expect(leadsToOwnStory(page(STORY), '/foto.aspx?c=%E0%A4%A')).toBe(false));
});
