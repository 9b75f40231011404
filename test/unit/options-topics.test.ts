/** The options page's topic rules (src/options/topics-model.ts) against an in-memory store. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from './fake-browser.ts';
import raw from '../../assets/topics/secret-speech.json';
import moon from '../fixtures/packs/moon-landing.json';
import { localizePack } from '../../src/core/pack/localize.ts';
import { readPackFile } from '../../src/core/pack/file.ts';
import type { ContentPack } from '../../src/core/pack/types.ts';
import { loadTopics, removeTopic, saveTopic, setTopicEnabled } from '../../src/shared/topic-store.ts';
import { TopicsModel, previewEntities, topicFileText } from '../../src/options/topics-model.ts';

void fakeBrowser;
const speech = raw as unknown as ContentPack;
const moonPack = moon as unknown as ContentPack;
const store = { load: loadTopics, save: (pack: ContentPack, file: string) => saveTopic(pack, file), remove: removeTopic, setEnabled: setTopicEnabled };

describe('TopicsModel', () => {
  it('lists the bundled topic, then an added one, and shows every change to its views', async () => {
    const model = new TopicsModel([speech], store);
    const seen: string[][] = [];
    model.watch((topics) => seen.push(topics.map((topic) => `${topic.pack.id}:${topic.enabled}`)));
    expect(model.effectOf(moonPack)).toEqual({ replaces: null });
    await model.add(moonPack, 'moon.json');
    await model.setEnabled('secret-speech-1956', false);
    await model.remove('moon-landing-1969');
    expect(seen).toEqual([
      ['secret-speech-1956:true'],
      ['secret-speech-1956:true', 'moon-landing-1969:true'],
      ['secret-speech-1956:false', 'moon-landing-1969:true'],
      ['secret-speech-1956:false'],
    ]);
  });

  it('says which topic an import replaces, bundled or imported', async () => {
    const model = new TopicsModel([speech], store);
    expect(model.effectOf(speech).replaces?.origin).toEqual({ bundled: true });
    await model.add(moonPack, 'moon.json');
    expect(model.effectOf(moonPack).replaces?.origin).toMatchObject({ bundled: false, file: 'moon.json' });
  });

  it('shows what storage holds after a failed write', async () => {
    const model = new TopicsModel([speech], { ...store, save: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    await expect(model.add(moonPack, 'moon.json')).rejects.toThrow('QUOTA');
    expect(model.topics.map((topic) => topic.pack.id)).toEqual(['secret-speech-1956']);
  });
});

describe('the import preview and export', () => {
  it('lists every entity with all it matches', () => {
    expect(previewEntities(localizePack(moonPack, ['en']).entities)).toEqual([
      { id: 'armstrong', name: 'Neil Armstrong', triggers: ['Armstrong', 'Армстронг', 'Neil', 'Neil Alden', 'Нил'] },
      { id: 'year-1969', name: '1969', triggers: ['1969'] },
      { id: 'apollo-11', name: 'Apollo 11', triggers: ['Apollo 11', 'Sea of Tranquility', 'Meer der Ruhe'] },
    ]);
  });

  it('exports a file that imports back to the same pack', () => {
    const back = readPackFile(topicFileText(moonPack), 'moon.json');
    expect(back).toEqual({ ok: true, pack: moonPack });
  });
});
