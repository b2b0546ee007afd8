// Every GraphQL operation the page sends, in one place (see schema.graphql).

const STATEMENT = 'id kind text position topic { slug title }';
const CONCEPT_REF = 'id name kind';

export const SUMMARY = `query Summary {
  corpusSummary {
    nodesByKind { kind count }
    statementsByKind { kind count }
    linkCount
    themeCount
  }
}`;

// Asked apart from SUMMARY: a server without these fields fails this query alone.
export const CORPUS_HEALTH = `query CorpusHealth {
  corpusVersion
  corpusProblems { file line paragraph severity message }
}`;

export const CORPUS_VERSION = `query CorpusVersion { corpusVersion }`;

export const OVERLAP_TOPICS = `query OverlapTopics { topics { id slug title } }`;

// $topics: the topics drawn (null: all of them). Both measures at once: the reader
// switches between them without another request.
export const OVERLAP = `query Overlap($topics: [String!]) {
  overlapMatrix(topics: $topics) { a { slug } b { slug } jaccard similarity }
}`;

export const TOPIC_OVERLAP = `query TopicOverlap($a: String!, $b: String!) {
  topicOverlap(a: $a, b: $b) {
    a { slug title }
    b { slug title }
    jaccard
    similarity
    sharedTerms(limit: 10) { text weight }
    sharedConcepts { ${CONCEPT_REF} }
    onlyInA { ${CONCEPT_REF} }
    onlyInB { ${CONCEPT_REF} }
  }
}`;

export const SEARCH = `query Search($text: String!) {
  concepts(search: $text, first: 8) {
    edges { node { ${CONCEPT_REF} aliases } }
  }
}`;

export const CONCEPT = `query Concept($name: String!, $related: Int!) {
  concept(name: $name) {
    ${CONCEPT_REF}
    aliases
    description
    theme { id label }
    centrality { degree betweenness pagerank }
    topics { slug title }
    keyInTopics { slug }
    statements { ${STATEMENT} }
    assessedBy { ${STATEMENT} }
    related(limit: $related) {
      concept { ${CONCEPT_REF} }
      sharedTopicCount
      strength
      sharedTopics { slug title }
      passages { id kind text topic { slug title } }
    }
    neighbors { ${CONCEPT_REF} }
  }
}`;

export const TOPIC_LIST = `query TopicList {
  topics {
    slug
    title
    alignment {
      isAligned
      unassessedKeyConcepts { id }
      markingPointsWithoutKeyConcept { id }
      tipModelsNeverAssessed { id }
    }
  }
}`;

export const TOPIC = `query Topic($slug: String!) {
  topic(slug: $slug) {
    slug
    title
    synopsis
    keyConcepts { ${CONCEPT_REF} description }
    models: concepts(kind: MODEL) { ${CONCEPT_REF} }
    examTips { id position text concepts { ${CONCEPT_REF} } }
    misconceptions { id position text concepts { ${CONCEPT_REF} } }
    markingPoints {
      id
      position
      text
      concepts { ${CONCEPT_REF} }
      assesses { concept { ${CONCEPT_REF} } score sharedConcepts { name } sharedTerms }
    }
    alignment {
      isAligned
      unassessedKeyConcepts { id }
      markingPointsWithoutKeyConcept { id }
      tipModelsNeverAssessed { id }
    }
    similarTopics(limit: 3) {
      topic { slug title }
      similarity
      sharedTerms(limit: 5) { text }
      sharedConcepts { ${CONCEPT_REF} }
    }
  }
}`;
