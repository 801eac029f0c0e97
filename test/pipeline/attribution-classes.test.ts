// Attribution construction classes that failed to transfer to unseen articles (names, quotes, speakers).
// Passages written for these tests, with the full gazetteer.
import t from 'tap'
import { extract } from '../../src/pipeline/extract.ts'
import { loadResources } from '../../src/pipeline/resources/load.ts'

const res = loadResources()
const out = (raw: string, published = '2024-03-14') => extract({ id: 't', raw, published }, res)
const said = (raw: string, published?: string) =>
  out(raw, published).statements.map((s) => `${s.speakerId}${s.direct ? ' D' : ''}: ${s.text}`)

t.test('another part of a discovered name stands for the person ("Abiy", "Lula", "Mao")', async (t) => {
  t.same(said('Ethiopian Prime Minister Abiy Ahmed met Kenyan officials on Thursday. Abiy said Ethiopia wanted ' +
    'access to the sea.'), ['abiy-ahmed: Ethiopia wanted access to the sea'])
  t.same(said('Brazilian President Luiz Inacio Lula da Silva arrived in Lisbon. Lula said Brazil would not take ' +
    'sides in the war.'), ['luiz-inacio-lula-da-silva: Brazil would not take sides in the war'])
  t.same(said('Foreign ministry spokesperson Mao Ning spoke on Wednesday. Mao said Beijing would take ' +
    'countermeasures.'), ['mao-ning: Beijing would take countermeasures'])
  t.same(said('Senator Grace Holloway visited Kyiv. Grace said nothing. Holloway said the aid would continue, ' +
    'with grace and speed.'), ['grace-holloway: the aid would continue, with grace and speed'],
  'a part the article also writes in lower case is a common word')
})

t.test('nested attribution (D16): "X said Y had said …" is X\'s statement only', async (t) => {
  t.same(said('Russian Deputy Foreign Minister Sergei Ryabkov spoke in Geneva. Ryabkov said Lavrov had told him ' +
    'that the treaty was dead.'), ['sergei-ryabkov: Lavrov had told him that the treaty was dead'])
  t.same(said('German Chancellor Olaf Scholz said Macron had assured him the plan would go ahead.', '2023-05-02'),
    ['olaf-scholz: Macron had assured him the plan would go ahead'])
  const x = said('The Kremlin said that Putin had warned the envoy that Moscow would respond to any new deployment.')
  t.same(x.map((s) => s.split(':')[0]), ['russia'])
})

t.test('a joint remark is annotated once, with the first-named speaker', async (t) => {
  t.same(said('Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met in Seoul. The two ' +
    'leaders said in a joint statement that they would resume regular security talks.', '2023-05-08'),
  ['fumio-kishida: they would resume regular security talks'])
  t.same(said('Kerry and Lavrov said the framework would be finalised within a week.', '2013-09-14'),
    ['john-kerry: the framework would be finalised within a week'])
  t.same(said('"We have a deal," Scholz and Macron said after the meeting.', '2023-05-02').map((s) => s.split(':')[0]),
    ['olaf-scholz D'])
})
