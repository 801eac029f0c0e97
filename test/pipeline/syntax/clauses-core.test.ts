// Clause frames: subject–verb–object–PP, passives and agents, coordination, apposition, possessors and
// nationality adjectives in arguments, negation, modality and tense. Sentences written for these tests.
import t from 'tap'
import { argWords, frame, sentence, words } from './helper.ts'

t.test('subject, verb, objects, PPs, times', async (t) => {
  const { s, c } = frame('The two ministers signed a new arms control treaty in Geneva on Tuesday.', 'signed')
  t.equal(c.kind, 'main')
  t.same(argWords(s, c.subject), ['The two ministers'])
  t.equal(c.subjectFrom, 'explicit')
  t.equal(words(s, c.verb), 'signed')
  t.same(argWords(s, c.objects), ['a new arms control treaty'])
  t.same(c.pps.map((p) => words(s, p)), ['in Geneva'])
  t.same(c.pps.map((p) => s.tokens[p.prep]?.text), ['in'])
  t.same(c.times.map((x) => words(s, x)), ['on Tuesday'], 'a dated PP is a time, not a PP')
  t.equal(words(s, c), 'The two ministers signed a new arms control treaty in Geneva on Tuesday')
  const tell = frame('Lavrov told reporters the talks had failed.', 'told')
  t.same(argWords(tell.s, tell.c.objects), ['reporters'], 'the reported subject is no object')
  const bare = frame('Russia confirmed Monday that it has deployed missiles.', 'confirmed')
  t.same(bare.c.objects, [], 'a bare date is no object')
  t.same(bare.c.times.map((x) => words(bare.s, x)), ['Monday'])
  const time = frame('Russia on Monday said it would respond.', 'said')
  t.same(argWords(time.s, time.c.subject), ['Russia'], 'a time between subject and verb is skipped')
  t.same(time.c.times.map((x) => words(time.s, x)), ['on Monday'])
})

t.test('subjects climb out of prepositional and infinitive phrases', async (t) => {
  const a = frame('Talks between the two delegations in Geneva ended without agreement.', 'ended')
  t.same(argWords(a.s, a.c.subject), ['Talks'])
  t.same(a.c.pps.map((p) => words(a.s, p)), ['without agreement'])
  const b = frame("NATO's decision to deploy the system angered Moscow.", 'angered')
  t.same(argWords(b.s, b.c.subject), ["NATO 's decision"])
  t.same(argWords(b.s, b.c.objects), ['Moscow'])
  const c = frame('Officials in Moscow said the plan was dead.', 'said')
  t.same(argWords(c.s, c.c.subject), ['Officials'])
})

t.test('passives and their agents', async (t) => {
  const { s, c } = frame('The deal was signed by the two ministers in Geneva.', 'signed')
  t.equal(c.passive, true)
  t.same(argWords(s, c.subject), ['The deal'])
  t.same(argWords(s, c.agent), ['the two ministers'])
  t.same(c.pps.map((p) => words(s, p)), ['by the two ministers', 'in Geneva'])
  const coordinatedAgents = frame('The accord was drafted by Russia and China.', 'drafted')
  t.same(argWords(coordinatedAgents.s, coordinatedAgents.c.agent), ['Russia', 'China'])
  const perfect = frame('The talks have been postponed.', 'postponed')
  t.equal(perfect.c.passive, true)
  t.equal(perfect.c.tense, 'perfect')
  t.same(perfect.c.agent, [], 'no agent named')
  const active = frame('The ministers signed the deal by the evening.', 'signed')
  t.equal(active.c.passive, false, 'an active verb')
  t.same(active.c.agent, [], '"by" after an active verb is no agent')
  const progressive = frame('Russia is deploying new missiles.', 'deploying')
  t.equal(progressive.c.passive, false, 'be + -ing is no passive')
  const held = frame('The talks were held in Vienna.', 'held')
  t.equal(held.c.passive, true, 'irregular participle')
})

t.test('coordination: compound subjects and objects', async (t) => {
  const a = frame('Moscow and Washington agreed to extend the treaty.', 'agreed')
  t.same(argWords(a.s, a.c.subject), ['Moscow', 'Washington'])
  const b = frame('Russia, China and Iran opposed the resolution.', 'opposed')
  t.same(argWords(b.s, b.c.subject), ['Russia', 'China', 'Iran'])
  const c = frame('The president met Lavrov and Wang in Beijing.', 'met')
  t.same(argWords(c.s, c.c.objects), ['Lavrov', 'Wang'])
  const d = frame('Kerry held talks with Lavrov and Zarif.', 'held')
  t.same(d.c.pps.flatMap((p) => argWords(d.s, p.objects)), ['Lavrov', 'Zarif'])
  const e = frame('In Moscow, officials rejected the offer.', 'rejected')
  t.same(argWords(e.s, e.c.subject), ['officials'], 'a fronted place is no conjunct')
})

t.test('coordination: verbs sharing a subject', async (t) => {
  const s = sentence('Russia suspended the treaty and withdrew its inspectors.')
  const [first, second] = s.clauses
  t.equal(second?.kind, 'coordinate')
  t.same(argWords(s, second?.subject ?? []), ['Russia'])
  t.equal(second?.subjectFrom, 'shared')
  t.equal(second?.governor, first?.index)
  t.same(argWords(s, second?.objects ?? []), ['its inspectors'])
  const fut = frame('Russia will suspend the treaty and withdraw its inspectors.', 'withdraw')
  t.equal(fut.c.tense, 'future', 'a shared auxiliary gives its tense')
  t.equal(fut.c.modal, 'will')
  const neg = frame('Moscow did not confirm or deny the report.', 'deny')
  t.equal(neg.c.negated, true, 'a shared negated auxiliary')
  const own = frame('Russia agreed and NATO refused.', 'refused')
  t.same(argWords(own.s, own.c.subject), ['NATO'], 'a coordinated clause with its own subject')
  t.equal(own.c.subjectFrom, 'explicit')
  const past = frame('Lavrov said Russia would respond and left the room.', 'left')
  t.same(argWords(past.s, past.c.subject), ['Lavrov'], 'the conjunct with the same verb form')
})

t.test('apposition', async (t) => {
  const a = frame('Sergei Ryabkov, the Russian deputy foreign minister, said the talks were useful.', 'said')
  t.same(argWords(a.s, a.c.subject), ['Sergei Ryabkov'])
  t.equal(words(a.s, a.c.subject[0]?.apposition), 'the Russian deputy foreign minister')
  const b = frame('The Russian envoy, Vassily Petrov, said Moscow would veto it.', 'said')
  t.same(argWords(b.s, b.c.subject), ['The Russian envoy'])
  t.equal(words(b.s, b.c.subject[0]?.apposition), 'Vassily Petrov')
  const c = frame('He [the Russian president] said the West had ignored Moscow.', 'said')
  t.equal(words(c.s, c.c.subject[0]?.apposition), 'the Russian president', 'a bracketed insertion')
  const d = frame('Kerry met Sergei Lavrov, the Russian foreign minister, in Geneva.', 'met')
  t.same(argWords(d.s, d.c.objects), ['Sergei Lavrov'])
  t.equal(words(d.s, d.c.objects[0]?.apposition), 'the Russian foreign minister')
  const e = frame('Lavrov said the decision was final.', 'said')
  t.equal(e.c.subject[0]?.apposition, null, 'no apposition')
})

t.test('possessors and nationality adjectives inside arguments', async (t) => {
  const a = frame("Moscow condemned NATO's radar network in Romania.", 'condemned')
  const obj = a.c.objects[0]
  const net = a.s.chunks[obj?.chunk ?? -1]
  t.same(net?.possessors.map((p) => words(a.s, p)), ['NATO'])
  t.equal(a.s.tokens[obj?.head ?? -1]?.text, 'network')
  const b = frame('Poland agreed to host American radars.', 'host')
  const radars = b.s.chunks[b.c.objects[0]?.chunk ?? -1]
  t.same(radars?.nationalities.map((k) => b.s.tokens[k]?.text), ['American'])
  const c = frame('Poland agreed to host the radars.', 'host')
  t.same(c.s.chunks[c.c.objects[0]?.chunk ?? -1]?.nationalities, [], 'no nationality')
})

t.test('negation', async (t) => {
  t.equal(frame('The Kremlin did not rule out talks.', 'rule').c.negated, true)
  t.equal(s0('The Kremlin did not rule out talks.').particle, 'out', 'phrasal particle')
  t.equal(frame('Russia will not attend.', 'attend').c.negated, true)
  t.equal(frame("Moscow won't attend.", 'attend').c.negated, true)
  t.equal(frame('Russia has never deployed such weapons.', 'deployed').c.negated, true)
  t.equal(frame('Russia will attend.', 'attend').c.negated, false)
  t.equal(frame('The Kremlin ruled out talks.', 'ruled').c.negated, false)
  const scoped = sentence('Lavrov said Russia would not attend.')
  t.same(scoped.clauses.map((c) => c.negated), [false, true], 'negation stays in its clause')
})

function s0(text: string) {
  const s = sentence(text)
  const c = s.clauses[0]
  return { particle: c?.particle === null ? null : s.tokens[c?.particle ?? -1]?.text }
}

t.test('modality', async (t) => {
  const m = (text: string, head: string) => {
    const c = frame(text, head).c
    return [c.modal, c.modality]
  }
  t.same(m('Russia will respond.', 'respond'), ['will', 'future'])
  t.same(m('Moscow would respond.', 'respond'), ['would', 'conditional'])
  t.same(m('Russia could deploy missiles.', 'deploy'), ['could', 'possibility'])
  t.same(m('Iran may face sanctions.', 'face'), ['may', 'possibility'])
  t.same(m('The talks might resume.', 'resume'), ['might', 'possibility'])
  t.same(m("We'll respond.", 'respond'), ['will', 'future'])
  t.same(m('Moscow plans to station missiles.', 'station'), ['plan', 'intention'])
  t.same(m('Russia is ready to resume talks.', 'resume'), ['ready', 'intention'])
  t.same(m('The treaty is expected to be extended.', 'extended'), ['expect', 'expectation'])
  t.same(m('Russia is going to respond.', 'respond'), ['go', 'future'])
  t.same(m('Moscow refused to attend.', 'attend'), ['refuse', 'refusal'])
  t.same(m('Russia agreed to extend the treaty.', 'extend'), ['agree', 'commitment'])
  t.same(m('Russia responded.', 'responded'), [null, null])
  t.same(m('Russia deployed the missiles to deter NATO.', 'deter'), [null, null], 'a purpose infinitive')
})

t.test('tense', async (t) => {
  const tense = (text: string, head: string) => frame(text, head).c.tense
  t.equal(tense('Russia signed the deal.', 'signed'), 'past')
  t.equal(tense('Russia did not sign the deal.', 'sign'), 'past')
  t.equal(tense('Russia says it will respond.', 'says'), 'present')
  t.equal(tense('The allies are ready.', 'are'), 'present')
  t.equal(tense('Russia has signed the deal.', 'signed'), 'perfect')
  t.equal(tense('Russia had signed the deal.', 'signed'), 'pluperfect')
  t.equal(tense('Russia will sign the deal.', 'sign'), 'future')
  t.equal(tense('Russia would sign the deal.', 'sign'), 'none', 'a conditional has no tense of its own')
  t.equal(tense('Russia agreed to sign the deal.', 'sign'), 'none', 'an infinitive')
  t.equal(tense('Russia is deploying missiles.', 'deploying'), 'present')
  t.equal(tense('Russia was deploying missiles.', 'deploying'), 'past')
})
