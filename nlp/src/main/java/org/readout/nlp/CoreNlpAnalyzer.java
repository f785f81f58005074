package org.readout.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.readout.core.analysis.TextAnalyzer;
import org.readout.core.model.EntityMention;
import org.readout.core.model.EntityType;
import org.readout.core.model.Sentence;
import org.readout.core.model.Span;
import org.readout.core.model.Token;

/**
 * CoreNLP's tokenizer, sentence splitter, left-3-words POS tagger and 3-class CRF NER.
 *
 * <p>Design decision: fine-grained NER, SUTime, the numeric classifiers and the regexner are
 * switched off. They cost most of NER's time, and Readout's own stages do dates and roles better.
 * The pipeline is built once and shared by threads: {@code StanfordCoreNLP.annotate} keeps no
 * per-call state in these annotators, which {@code CoreNlpAnalyzerTest#sameResultFromManyThreads}
 * checks rather than assumes.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  /**
   * The longest sentence the tagger sees, in tokens. News sentences rarely pass 80 tokens; text
   * with no sentence breaks (a page of emoji or of curly quotes) would otherwise reach the tagger
   * as one "sentence" of tens of thousands of tokens, which cost minutes and gigabytes.
   */
  public static final int MAX_SENTENCE_TOKENS = 120;

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;

  public CoreNlpAnalyzer() {
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("tokenize.language", "en");
    // Keep CoreNLP's quote handling out of token text: we read surfaces from the original text by
    // offset anyway.
    split.setProperty(
        "tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=true");
    split.setProperty("ssplit.newlineIsSentenceBreak", "always");
    splitter = new StanfordCoreNLP(split);

    // Tagging runs as a second pipeline over the capped sentences (SentenceCap), hence no
    // requirement check: its tokens and sentences come from the splitter above.
    Properties p = new Properties();
    p.setProperty("annotators", "pos,ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.statisticalOnly", "true");
    tagger = new StanfordCoreNLP(p);
  }

  @Override
  public Analysis analyze(String text) {
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    SentenceCap.apply(doc, MAX_SENTENCE_TOKENS);
    tagger.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      EntityType runType = null;
      int runStart = -1;
      int runEnd = -1;
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        int b = t.beginPosition();
        int e = t.endPosition();
        String tag = t.tag() == null ? "X" : t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        tokens.add(new Token(new Span(b, e), tag, ner));
        EntityType type = EntityType.fromLabel(ner);
        if (type != runType) {
          if (runType != null) {
            entities.add(new EntityMention(new Span(runStart, runEnd), runType));
          }
          runType = type;
          runStart = b;
        }
        runEnd = e;
      }
      if (runType != null) {
        entities.add(new EntityMention(new Span(runStart, runEnd), runType));
      }
      if (tokens.size() > first) {
        int sb = tokens.get(first).span().start();
        int se = tokens.get(tokens.size() - 1).span().end();
        sentences.add(new Sentence(new Span(sb, se), first, tokens.size()));
      }
    }
    return new Analysis(sentences, tokens, entities);
  }
}
