// Market names: what a page's and a sentence's market are, and when two names
// are the same market.
#include <doctest/doctest.h>

#include "subject.h"

namespace claimtrace {
namespace {

TEST_CASE("SameMarket: case, containment and abbreviations") {
  struct Case {
    const char* a;
    const char* b;
    bool same;
  };
  const Case cases[] = {
      {"smart lighting", "Smart Lighting", true},
      {"Internet of Medical Things (IoMT)", "IoMT", true},  // the abbreviation is inside the name
      {"cold storage", "Smart Lighting", false},
      // Regression: the possessive's "s" was a letter of the name ("indiasonlinegaming").
      {"India's online gaming", "India Online Gaming", true},
      {"India\u2019s online gaming", "India Online Gaming", true},
      {"Reuters online gaming", "Reuter online gaming", false},
      // An abbreviation spelling the initials of the other name's words (regression:
      // "the India EV battery market" was another market than "Electric Vehicle Battery").
      {"India EV battery", "Electric Vehicle Battery", true},
      {"Electric Vehicle Battery", "EV battery", true},
      {"IoMT devices", "Internet of Medical Things devices", true},  // "of" spelled by its "o"
      {"BFSI cloud", "Banking, Financial Services and Insurance cloud", true},  // "and" unspelled
      // Initials that spell only part of the words, or other words, are another market.
      {"India LNG", "Electric Vehicle Battery", false},
      {"EVB", "Electric Vehicle", false},
      {"AI chips", "Smart Lighting", false},
      {"ev battery", "Electric Vehicle Battery", false},  // lower case: a word, not an abbreviation
  };
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(SameMarket(c.a, c.b) == c.same);
    CHECK(SameMarket(c.b, c.a) == c.same);
  }
}

TEST_CASE("NarrowerMarket: all of the market's words and one of its own") {
  struct Case {
    const char* name;
    const char* market;
    bool narrower;
  };
  const Case cases[] = {
      // Regression: "Battery electric buses" was the electric bus page's own market, so no segment.
      {"Battery electric buses", "Electric Bus", true},
      {"lithium-ion batteries", "Battery", true},
      {"global electric bus industry", "Electric Bus", false},  // generic words only
      {"electric buses", "Electric Bus", false},
      {"Battery electric trucks", "Electric Bus", false},  // not all of the market's words
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(NarrowerMarket(c.name, c.market) == c.narrower);
  }
}

TEST_CASE("MarketNamedIn: the words before 'market' back to a stop word") {
  CHECK(MarketNamedIn("The global product lifecycle management market was valued at") ==
        "product lifecycle management");
  CHECK(MarketNamedIn("Sales grew 5% in 2023.").empty());
  // Regression: "projected" was the market's name.
  CHECK(MarketNamedIn("Revenue is expected to grow, resulting in a projected market volume of US$1.88tn.").empty());
  // Regression: "end-use" was the market's name.
  CHECK(MarketNamedIn("Electrical & electronics is the fastest-growing end-use industry, expanding").empty());
  // Regression: "Forecasted" was the market's name (a report-attribute table's label).
  CHECK(MarketNamedIn("Forecasted Market Value (USD) by 2030 $3.9 Billion").empty());
  CHECK(MarketNamedIn("Predicted Market Size 2030").empty());
  // Regression: "42.7%" was the market's name; a figure names none, a name with letters does.
  CHECK(MarketNamedIn("Leafy greens dominated with a 42.7% market share.").empty());
  CHECK(MarketNamedIn("In 2024 the 2024 market grew.").empty());
  CHECK(MarketNamedIn("The 5G market grew.") == "5G");
  // Regression: "Data Bridge" was the market's name; "Market Research" names the publisher.
  CHECK(MarketNamedIn("Data Bridge Market Research analyses that the halal food market was") == "halal food");
  CHECK(MarketNamedIn("Future Market Insights says the tea market grew") == "tea");
  // The same through the regex path that a line with a Kelvin sign (folding to 'k') takes.
  CHECK(MarketNamedIn("Allied Market Research: the \u212A-12 tutoring market grew") == "\u212A-12 tutoring");
  CHECK(MarketNamedIn("Allied Market Research\u212A alone").empty());
}

TEST_CASE("PageSubject: the title's words before 'Market'") {
  struct Case {
    const char* title;
    const char* subject;
  };
  const Case cases[] = {
      {"Smart Lighting Market Size, Share & Trends Report, 2030", "Smart Lighting"},
      {"Global Cold Chain Logistics Market", "Cold Chain Logistics"},
      {"Research Report: Heat Pump Market in Germany", "Heat Pump"},
      // Regression: a market word right after the bar named no market at all.
      {"Online Food Delivery - Worldwide | Market Forecast", "Online Food Delivery"},
      // Regression: the site's name after the bar was the market ("Statista").
      {"Fitness Trackers - Worldwide | Statista Market Forecast", "Fitness Trackers"},
      {"Online Food Delivery - United States | Market Forecast", "Online Food Delivery - United States"},
      // Regression: "Smart Lock Global"; a scope word after the name is no part of it.
      {"Smart Lock Global Market Report 2025", "Smart Lock"},
      {"Payments Worldwide Market Outlook", "Payments"},
      // Regression: "Why the Pet Insurance"; a headline's question word is no part of the name.
      {"Why the Pet Insurance Market Is Booming", "Pet Insurance"},
      {"How Is the Global EV Charging Market Changing?", "EV Charging"},
      {"Can the Plant-Based Meat Market Recover?", "Plant-Based Meat"},
      {"Can Coatings Market Size Report, 2030", "Can Coatings"},
      // Regression: no subject; Dutch names the market after "markt voor".
      {"Nederlandse markt voor warmtepompen 2024", "warmtepompen"},
      // Regression: "Chapter 8"; a document's part before "Industry" is no market.
      {"Chapter 8: Industry and Infrastructure", ""},
      {"Company Profile: Acme Inc.", ""},
      // A title's "Market Research"/"Market Insights" is its report's, not a publisher's.
      {"United States Healthcare M2M Market Insights", "United States Healthcare M2M"},
      {"Smart Lock Market Research Report 2030", "Smart Lock"},
      // CJK titles: the words before the first market word (regression: no subject at all).
      {"国内クラウドサービス市場の動向", "国内クラウドサービス"},
      {"中国新能源汽车市场研究报告", "中国新能源汽车"},
      {"국내 전기차 충전기 시장 전망", "국내 전기차 충전기"},
      {"クラウドサービスの動向", ""},
      // A leading year and Chinese "industry" are no part of the market's name.
      {"2024年中国服务机器人行业市场规模及发展前景分析", "中国服务机器人"},
      {"2023年度国内クラウド市場", "国内クラウド"},
      {"2025 Global Smart Lock Market Report", "Smart Lock"},
      // Romance titles name the market after their market word, German ones before it
      // (regression: none of these had a subject, so "México" was a segment of its own page).
      {"Mercado de café en México: tamaño, participación y pronóstico 2024-2029", "café en México"},
      {"Mercado de pet food no Brasil deve atingir R$ 50 bilhões em 2028", "pet food no Brasil"},
      {"Mercado brasileiro de cafés especiais: panorama 2024", "cafés especiais"},
      {"Le marché français des véhicules électriques en 2024", "véhicules électriques"},
      {"Il mercato dell'e-commerce in Italia: dati e tendenze 2024", "e-commerce in Italia"},
      {"Der deutsche E-Bike-Markt 2024", "E-Bike"},
      {"Der Markt für Wärmepumpen in Deutschland", "Wärmepumpen in Deutschland"},
      {"Wärmepumpen in Deutschland – Marktbericht 2024", "Wärmepumpen in Deutschland"},
      {"Der Weltmarkt 2024", ""},
      {"Europäische Markteinblicke: Technologietrends in EU-Märkten", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    CHECK(PageSubject("", c.title, {}) == c.subject);
  }
}

// Without a title that names it, the text's first "the global X market" or "the global market
// for X was ..." names the market (regression: a white paper's "The global market for industrial
// robots was valued at" gave none).
// Regression: a Statista-style title without "market" gave no subject, though the text
// calls it "the Fitness Trackers market".
TEST_CASE("PageSubject: a title the text calls a market") {
  CHECK(PageSubject("Revenue in the Fitness Trackers market amounts to US$47.0bn in 2024.",
                    "Fitness Trackers - Worldwide | Statista", {}) == "Fitness Trackers");
  CHECK(PageSubject("The fitness trackers industry grew.", "Fitness Trackers", {}) == "Fitness Trackers");
  CHECK(PageSubject("The E-Commerce market grew.", "E-Commerce - Worldwide | Statista", {}) == "E-Commerce");
  // A title the text never calls a market names none.
  CHECK(PageSubject("Fitness trackers are popular.", "Fitness Trackers - Worldwide", {}).empty());
  CHECK(PageSubject("The news market grew.", "- News", {}).empty());
}

TEST_CASE("PageSubject: the text's global market when the title names none") {
  struct Case {
    const char* text;
    const char* subject;
  };
  const Case cases[] = {
      {"Intro. The global smart lock market grew.", "smart lock"},
      {"The global market for industrial robots was valued at USD 43.8 billion.", "industrial robots"},
      {"The global market for industrial robots, by type.", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(PageSubject(c.text, "INDUSTRIAL ROBOTICS OUTLOOK 2024", {}) == c.subject);
  }
}

}  // namespace
}  // namespace claimtrace
