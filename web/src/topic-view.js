// The topic view: one topic's key concepts, models, exam tips, misconceptions and
// marking points, with the places where teaching and assessment do not line up marked,
// and for each marking point the key concepts it assesses (judged by meaning, not by
// name alone: see Statement.assesses).
import { query } from './api.js';
import { decimal, failure, h, loaded, loading, plural, replace } from './dom.js';
import { conceptChips, conceptLink, topicLink } from './links.js';
import { TOPIC, TOPIC_LIST } from './queries.js';
import { hashFor, navigate } from './route.js';

const ASSESSMENT_REASONS = 4; // the concepts and terms shown as why a point assesses a concept

export function createTopicView(container) {
  const nav = h('nav', { class: 'topic-nav panel', 'aria-label': 'Topics' });
  const content = h('div', { class: 'topic-content', 'aria-live': 'polite' });
  replace(container, h('div', { class: 'topic-layout' }, nav, content));
  let topics = null;
  let request = 0;
  let lastParams = {};

  async function loadList() {
    loading(nav, 'the topics');
    try {
      ({ topics } = await query(TOPIC_LIST));
    } catch (error) {
      failure(nav, error, () => show(lastParams));
      return false;
    }
    loaded(nav);
    replace(
      nav,
      h('h2', { class: 'nav-heading', text: 'Topics' }),
      topics.length === 0
        ? h('p', { class: 'empty', text: 'This corpus has no topics yet.' })
        : h(
            'ul',
            { class: 'topic-list' },
            topics.map((topic) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: hashFor('topics', { topic: topic.slug }), dataset: { slug: topic.slug } },
                  h('span', { class: 'topic-title', text: topic.title }),
                  alignmentStatus(topic.alignment),
                ),
              ),
            ),
          ),
    );
    return true;
  }

  async function showTopic(slug) {
    for (const link of nav.querySelectorAll('a[data-slug]')) {
      if (link.dataset.slug === slug) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const mine = ++request;
    loading(content, 'the topic');
    let topic;
    try {
      ({ topic } = await query(TOPIC, { slug }));
    } catch (error) {
      if (mine === request) failure(content, error, () => showTopic(slug));
      return;
    }
    if (mine !== request) return;
    loaded(content);
    if (!topic) {
      replace(
        content,
        h('p', { class: 'error', role: 'alert', text: `No topic “${slug}” in this corpus.` }),
      );
      return;
    }
    replace(content, ...topicDetail(topic));
  }

  async function show(params) {
    lastParams = params;
    if (!topics && !(await loadList())) return;
    if (topics.length === 0) {
      replace(content);
      return;
    }
    if (!params.topic) {
      navigate('topics', { topic: topics[0].slug }, { replace: true });
      return;
    }
    await showTopic(params.topic);
  }

  return { show };
}

function gapCount(alignment) {
  return (
    alignment.unassessedKeyConcepts.length +
    alignment.markingPointsWithoutKeyConcept.length +
    alignment.tipModelsNeverAssessed.length
  );
}

function alignmentStatus(alignment) {
  if (alignment.isAligned)
    return h('span', { class: 'alignment-status aligned', text: '✓ aligned' });
  return h('span', {
    class: 'alignment-status gaps',
    text: `⚠ ${plural(gapCount(alignment), 'alignment gap')}`,
  });
}

function topicDetail(topic) {
  const gaps = {
    keyConcepts: new Set(topic.alignment.unassessedKeyConcepts.map((c) => c.id)),
    markingPoints: new Set(topic.alignment.markingPointsWithoutKeyConcept.map((s) => s.id)),
    models: new Set(topic.alignment.tipModelsNeverAssessed.map((c) => c.id)),
  };
  return [
    h(
      'header',
      { class: 'topic-header' },
      h('h2', { id: 'topic-title', text: topic.title }),
      h('p', { class: 'synopsis', text: topic.synopsis }),
    ),
    alignmentSummary(topic.alignment),
    h(
      'div',
      { class: 'topic-grid' },
      block(
        'key-concepts',
        `Key concepts (${topic.keyConcepts.length})`,
        keyConceptList(topic.keyConcepts, gaps.keyConcepts),
      ),
      block(
        'marking-points',
        `Marking points (${topic.markingPoints.length})`,
        statementList(topic.markingPoints, {
          flagged: gaps.markingPoints,
          flagText: 'Assesses none of the key concepts',
          withAssessments: true,
        }),
      ),
      block('models', `Models (${topic.models.length})`, modelList(topic.models, gaps.models)),
      block('exam-tips', `Exam tips (${topic.examTips.length})`, statementList(topic.examTips)),
      block(
        'misconceptions',
        `Misconceptions (${topic.misconceptions.length})`,
        statementList(topic.misconceptions),
      ),
      block('similar', 'Most similar topics', similarList(topic.similarTopics)),
    ),
  ];
}

function alignmentSummary(alignment) {
  if (alignment.isAligned) {
    return h(
      'p',
      { class: 'alignment aligned', dataset: { gaps: '0' } },
      h('span', { 'aria-hidden': 'true', text: '✓ ' }),
      'Teaching and assessment line up: every key concept is assessed, every marking point assesses a key concept.',
    );
  }
  const parts = [
    [
      alignment.unassessedKeyConcepts.length,
      'key concept no marking point assesses',
      'key concepts no marking point assesses',
    ],
    [
      alignment.markingPointsWithoutKeyConcept.length,
      'marking point that assesses no key concept',
      'marking points that assess no key concept',
    ],
    [
      alignment.tipModelsNeverAssessed.length,
      'model the exam tips recommend but no marking point mentions',
      'models the exam tips recommend but no marking point mentions',
    ],
  ].filter(([count]) => count > 0);
  const total = gapCount(alignment);
  return h(
    'div',
    { class: 'alignment gaps', dataset: { gaps: String(total) } },
    h(
      'p',
      { class: 'alignment-title' },
      h('span', { 'aria-hidden': 'true', text: '⚠ ' }),
      `${plural(total, 'alignment gap')}, marked below:`,
    ),
    h(
      'ul',
      {},
      parts.map(([count, one, many]) => h('li', { text: `${count} ${count === 1 ? one : many}` })),
    ),
  );
}

function block(name, heading, content) {
  return h(
    'section',
    { class: `topic-block panel block-${name}`, dataset: { section: name } },
    h('h3', { text: heading }),
    content,
  );
}

function gapTag(text) {
  return h('span', { class: 'gap-tag' }, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), text);
}

function keyConceptList(concepts, unassessed) {
  if (concepts.length === 0) return h('p', { class: 'none', text: 'No key concepts listed.' });
  return h(
    'ul',
    { class: 'key-concepts' },
    concepts.map((concept) =>
      h(
        'li',
        { class: unassessed.has(concept.id) ? 'gap' : null },
        h(
          'div',
          { class: 'item-head' },
          conceptLink(concept),
          unassessed.has(concept.id) && gapTag('No marking point assesses it'),
        ),
        concept.description && h('p', { class: 'description', text: concept.description }),
      ),
    ),
  );
}

function modelList(models, neverAssessed) {
  if (models.length === 0) return h('p', { class: 'none', text: 'No named models.' });
  return h(
    'ul',
    { class: 'chips models' },
    models.map((model) =>
      h(
        'li',
        { class: neverAssessed.has(model.id) ? 'gap' : null },
        conceptLink(model),
        neverAssessed.has(model.id) && gapTag('Recommended in a tip, never assessed'),
      ),
    ),
  );
}

function statementList(
  statements,
  { flagged = new Set(), flagText = '', withAssessments = false } = {},
) {
  if (statements.length === 0) return h('p', { class: 'none', text: 'None.' });
  return h(
    'ol',
    { class: 'statements' },
    statements.map((statement) =>
      h(
        'li',
        {
          class: flagged.has(statement.id) ? 'statement gap' : 'statement',
          dataset: { id: statement.id },
        },
        h('p', { class: 'statement-text', text: statement.text }),
        flagged.has(statement.id) && gapTag(flagText),
        withAssessments && statement.assesses.length > 0 && assessedList(statement.assesses),
        statement.concepts.length > 0 &&
          h(
            'ul',
            { class: 'chips small', 'aria-label': 'Concepts it mentions' },
            statement.concepts.map((c) => h('li', {}, conceptLink(c))),
          ),
      ),
    ),
  );
}

// The key concepts a marking point assesses, strongest first, each with its score and
// why: the concepts both name and the content terms both use.
function assessedList(assessments) {
  return h(
    'div',
    { class: 'assesses' },
    h('span', { class: 'assesses-label', text: 'Assesses' }),
    h(
      'ul',
      { class: 'assessed', 'aria-label': 'Key concepts it assesses' },
      assessments.map(({ concept, score, sharedConcepts, sharedTerms }) => {
        const reasons = [
          ...sharedConcepts.map((shared) => shared.name),
          ...sharedTerms.filter(
            (term) => !sharedConcepts.some((shared) => shared.name.toLowerCase() === term),
          ),
        ].slice(0, ASSESSMENT_REASONS);
        return h(
          'li',
          { dataset: { conceptId: concept.id } },
          conceptLink(concept),
          h('span', { class: 'score', text: `score ${decimal(score)}` }),
          reasons.length > 0 &&
            h('span', {
              class: 'reasons',
              text: `both use ${reasons.map((reason) => `“${reason}”`).join(', ')}`,
            }),
        );
      }),
    ),
  );
}

function similarList(similar) {
  if (similar.length === 0)
    return h('p', { class: 'none', text: 'No other topic has anything in common with this one.' });
  return h(
    'ul',
    { class: 'similar' },
    similar.map(({ topic, similarity, sharedTerms, sharedConcepts }) =>
      h(
        'li',
        {},
        h(
          'div',
          { class: 'item-head' },
          topicLink(topic),
          h('span', { class: 'score', text: `similarity ${decimal(similarity)}` }),
        ),
        sharedTerms.length > 0 &&
          h('p', {
            class: 'shared-terms',
            text: `Both teach ${sharedTerms.map((term) => `“${term.text}”`).join(', ')}`,
          }),
        conceptChips(sharedConcepts),
      ),
    ),
  );
}
