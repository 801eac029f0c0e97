// Word lists the generator composes names and sentences from. All invented or generic: no text here
// comes from a real article.

export const SYLLABLES = ['al', 'bar', 'cor', 'dan', 'el', 'fen', 'gor', 'hal', 'is', 'jor', 'kar', 'lin', 'mor', 'nar',
  'os', 'pel', 'qua', 'ros', 'sal', 'tor', 'ul', 'var', 'wen', 'yor', 'zan', 'bel', 'dor', 'kes', 'mir', 'tal']

export const STATE_SUFFIXES = ['ia', 'land', 'stan', 'ova', 'ria', 'ene', 'ar', 'istan', 'onia', 'ay']

export const FIRST_NAMES = ['Anna', 'Boris', 'Carlos', 'Daniela', 'Elena', 'Farid', 'Greta', 'Hassan', 'Ingrid', 'Jamal',
  'Keiko', 'Lars', 'Maria', 'Nikolai', 'Olga', 'Pablo', 'Qing', 'Rosa', 'Samir', 'Tomas', 'Ursula', 'Viktor', 'Wei',
  'Ximena', 'Yusuf', 'Zofia', 'Ahmed', 'Beatriz', 'Chen', 'Dmitri', 'Emma', 'Fatima', 'Giorgi', 'Hana', 'Ivan', 'Julia',
  'Kwame', 'Leila', 'Marek', 'Nadia', 'Omar', 'Petra', 'Rahul', 'Sofia', 'Taro', 'Amina', 'Bogdan', 'Claire', 'David',
  'Eva', 'Felipe', 'Gustav', 'Helga', 'Irina', 'Javier', 'Katarina', 'Luis', 'Mehmet', 'Nora', 'Oleksandr', 'Priya',
  'Reza', 'Sven', 'Tatiana', 'Umar', 'Vera', 'Walter', 'Yasmin', 'Zhang', 'Adrian', 'Bianca', 'Cyril']

export const LAST_NAMES = ['Abara', 'Berglund', 'Castillo', 'Dvorak', 'Eriksen', 'Fontaine', 'Gallo', 'Horvat', 'Ishikawa',
  'Jankowski', 'Kovacs', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinteros', 'Rossi', 'Sato', 'Toivonen',
  'Ulrich', 'Vasquez', 'Weber', 'Xu', 'Yilmaz', 'Zeller', 'Andersen', 'Barros', 'Celik', 'Demir', 'Esposito', 'Fischer',
  'Grabowski', 'Hoffmann', 'Ivanova', 'Jensen', 'Kaya', 'Lopes', 'Mazur', 'Nakamura', 'Olsen', 'Popescu', 'Rahman',
  'Schmidt', 'Tanaka', 'Urbanski', 'Varga', 'Wojcik', 'Yamada', 'Zhou', 'Alvarez', 'Bauer', 'Costa', 'Dimitrov', 'Engel',
  'Ferreira', 'Georgiou', 'Haddad', 'Ilic', 'Jovanovic', 'Kim', 'Lehmann', 'Marin', 'Nielsen', 'Oliveira', 'Pavlov',
  'Reyes', 'Suzuki', 'Takahashi', 'Ueda', 'Volkov', 'Wagner', 'Yang', 'Zajac', 'Amadi', 'Brandt', 'Cruz', 'Dumas',
  'Eklund', 'Farouk', 'Gomez', 'Hakimi', 'Ito', 'Juarez', 'Kowalski', 'Laurent', 'Mendes', 'Nowak', 'Orlov', 'Park']

export const ROLE_TEMPLATES = ['President of {state}', 'Prime Minister of {state}', 'Minister of Foreign Affairs of {state}',
  'Minister of Defence of {state}', 'Deputy Minister of Foreign Affairs of {state}', 'Ambassador of {state} to the United Nations',
  'National Security Adviser of {state}', 'Spokesperson of the Ministry of Foreign Affairs of {state}',
  'Chief of the General Staff of {state}', 'Speaker of the Parliament of {state}', 'Minister of Energy of {state}',
  'Special Envoy of {state} for Arms Control']

export const ORG_TEMPLATES = ['Ministry of Foreign Affairs of {state}', 'Ministry of Defence of {state}', 'Parliament of {state}',
  'Armed Forces of {state}', 'Central Bank of {state}', 'Security Council of {state}', 'Navy of {state}',
  'Ministry of Energy of {state}', 'Border Guard of {state}', 'Intelligence Service of {state}', 'Supreme Court of {state}',
  'Election Commission of {state}']

export const REGIONS = ['Baltic', 'Black Sea', 'Caspian', 'Nordic', 'Danube', 'Adriatic', 'Andean', 'Sahel', 'Pacific Rim',
  'Arctic', 'Mekong', 'Gulf', 'Caucasus', 'Central Asian', 'Mediterranean', 'Horn of Africa']

export const INTERNATIONAL_BODIES = ['Cooperation Council', 'Security Forum', 'Economic Community', 'Development Bank',
  'Energy Charter', 'Peacekeeping Mission', 'Monitoring Mission', 'Parliamentary Assembly', 'Trade Union',
  'Water Commission', 'Defence Initiative', 'Summit Secretariat']

/** What the news is about, most frequent first. */
export const TOPICS = ['missile defense', 'sanctions', 'nuclear talks', 'arms control', 'the trade agreement', 'the ceasefire',
  'the border dispute', 'energy supplies', 'gas transit', 'military exercises', 'the peace plan', 'human rights',
  'refugees', 'the election', 'cyber attacks', 'the pipeline', 'troop withdrawal', 'the embargo', 'visa rules',
  'the naval blockade', 'climate policy', 'debt relief', 'the prisoner exchange', 'airspace violations', 'grain exports']

export const OUTLETS = ['Global Wire', 'The Capital Herald', 'Daily Dispatch', 'World Affairs Report', 'Evening Courier',
  'The Continental', 'Press Agency Nord', 'Eastern Telegraph', 'The Observer Post', 'Morning Ledger', 'Atlantic Bulletin',
  'The Diplomatic Review', 'Frontier News', 'Harbour Times', 'Metro Gazette', 'Southern Chronicle', 'News Agency Ost',
  'The Policy Journal', 'Independent Monitor', 'Radio Meridian']

/** Quotes; `{topic}` and `{other}` (another actor's name) are filled in. */
export const QUOTES = [
  'We are ready to continue the dialogue on {topic} with {other}',
  'There is no alternative to talks on {topic}',
  'We will not accept any ultimatum from {other} on {topic}',
  'The position of {other} on {topic} is unacceptable to us',
  'Our partners in {other} must respect the agreements on {topic}',
  'We expect concrete steps from {other} on {topic} before the summit',
  'The decision on {topic} has not been taken yet',
  'We welcome the constructive approach of {other} to {topic}',
  'Any attempt to change the status quo on {topic} will meet a firm response',
  'The talks with {other} on {topic} were difficult but useful',
  'We see no reason to revise our stance on {topic}',
  'It is too early to speak of a breakthrough on {topic}',
  'We call on {other} to return to the negotiating table on {topic}',
  'Cooperation with {other} on {topic} serves the interests of both sides',
  'We regret that {other} chose confrontation over {topic}',
]

export const SAY_VERBS = ['said', 'told reporters', 'stressed', 'added', 'noted', 'warned', 'declared', 'told journalists']

/** Sentences that carry no record, as articles have. */
export const FILLERS = [
  'The talks are expected to continue next month.',
  'Officials declined to give further details.',
  'The meeting lasted about two hours, according to participants.',
  'Analysts said the outcome remained uncertain.',
  'No date has been set for the next round.',
  'The statement was published on the ministry website.',
  'Diplomats from several countries attended the session.',
  'The issue has strained relations for several years.',
]
