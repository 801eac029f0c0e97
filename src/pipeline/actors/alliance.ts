// "the alliance" in an article about NATO is NATO: events need it as a subject or object ("He accused
// the alliance of …", "met the leaders of the alliance's member states"). Added as a description mention
// only when the alliance itself is named in the article and no other mention covers the words.
import type { SentenceCtx } from '../doc.ts'
import type { Cast } from './cast.ts'
import type { Mention } from './mentions.ts'
import { ALLIANCES, type Alliance } from './references.ts'
import { lexiconWords } from '../resources/lexicon.ts'

const LOCATIVE = lexiconWords('references', 'allianceLocatives')

export function allianceMentions(sents: SentenceCtx[], cast: Cast): void {
  for (const alliance of ALLIANCES) if (cast.profiles.has(alliance.id)) addMentions(sents, alliance)
}

function addMentions(sents: SentenceCtx[], alliance: Alliance): void {
  const { id } = alliance
  for (const s of sents) {
    const tk = s.tokens
    let added = false
    for (let i = 0; i + 1 < tk.length; i++) {
      if (tk[i]!.norm !== 'the' || !alliance.nouns.includes(tk[i + 1]!.norm) || tk[i + 2]?.cap) continue
      const cover = s.mentions.find((m) => m.ti <= i + 1 && m.tj > i)
      // an unresolved "the leaders of the alliance('s)" stands for the alliance
      const unresolved = cover && !cover.actorId && !cover.members && cover.kind === 'description'
      if (unresolved && tk[i - 1]?.norm === 'of' && cover.tj >= i + 2) cover.actorId = id
      if (cover) continue
      const m: Mention = {
        kind: 'description', ti: i, tj: i + 2, start: tk[i]!.start, end: tk[i + 1]!.end,
        text: s.text.slice(tk[i]!.start - s.start, tk[i + 1]!.end - s.start), candidates: [id], actorId: id,
        locative: LOCATIVE.has(tk[i - 1]?.norm ?? ''), possessive: tk[i + 2]?.norm === "'s", confidence: 0.7,
      }
      s.mentions.push(m)
      added = true
    }
    if (added) s.mentions.sort((a, b) => a.ti - b.ti)
  }
}
