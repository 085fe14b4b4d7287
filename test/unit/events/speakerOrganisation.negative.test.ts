// Where a quoted "we" is not an organisation, and where a broken quote has no speaker.
import { describe, expect, it } from 'vitest';
import { lastNamedSpeaker, quoteSpeaker, speakerOrganisation } from '../../../src/lib/events/speaker';

const at = (text: string, words: string) => text.indexOf(words);

describe('speakerOrganisation finds none', () => {
  it.each([
    ['“We will hold the line,” Kenyan spokesman Otieno Maina said.', 'We will', 'Otieno Maina'],
    ['“We will hold the line,” said Otieno Maina, a spokesman for the company.', 'We will', 'Otieno Maina'],
    ['“We will hold the line,” President Otieno Maina said.', 'We will', 'Otieno Maina'],
    ['“We will hold the line,” said Otieno Maina, who farms near the river.', 'We will', 'Otieno Maina'],
  ])('for a nationality, an unnamed company, an office of state or no office: %j', (text, words, name) => {
    expect(speakerOrganisation(text, at(text, words), name)).toBeNull();
  });
});

describe('a broken quote keeps no speaker', () => {
  it('when a line of narrative stands between it and any attribution', () => {
    const text = '"We left the farm," said Hana Ruiz.\nHer neighbour, Tomas Ek, stayed behind.\n"We had no fuel.\nWe walked out," she said.';
    expect(lastNamedSpeaker(text, at(text, 'We walked'))).toBeNull();
  });

  it('when the paragraph it goes on from holds no open quote', () => {
    const text = 'The minister spoke at noon.\nThe ferry sails on Friday.\nWe will be on it."';
    expect(quoteSpeaker(text, at(text, 'We will'))).toBeNull();
  });

  it('when the next paragraph opens a quote of its own inside its text', () => {
    const text = '"We ran out of fuel.\nThe sign read "Road open," Ivo Marek said.';
    expect(quoteSpeaker(text, at(text, 'We ran'))).toBeNull();
  });
});
