/**
 * The practice prompt bank: one prompt per case study, plus prompts no case study covers.
 * Each carries the few facts an interviewer would give when asked. They are the practice
 * scenario's assumptions, not any company's numbers; derived figures show their arithmetic.
 *
 * A prompt with `caseStudy` has a model answer at /case-studies/<caseStudy>/; views link to
 * it only if that page exists in the build.
 */

export interface PromptFact {
  /** What the candidate would ask about: "Scale", "Latency", "Data", … */
  label: string;
  value: string;
}

export interface PracticePrompt {
  /** Stable, URL-safe id (kept in saved sessions and in the page's anchors). */
  id: string;
  title: string;
  /** The question as an interviewer would say it. */
  prompt: string;
  /** A short area label, for grouping in lists. */
  area: string;
  facts: readonly PromptFact[];
  /** Slug of the case study that answers this prompt, if one does. */
  caseStudy?: string;
}

export const PROMPTS: readonly PracticePrompt[] = [
  // Prompts answered by a case study. Facts follow each case study's requirements summary.
  {
    id: 'video-recommendations',
    title: 'Home-feed video recommendations',
    area: 'Recommendations',
    caseStudy: 'video-recommendations',
    prompt:
      'Our video app opens on a personalized, endless feed. We want people to find videos they are glad they watched, not only videos they tap. Design what fills that feed.',
    facts: [
      { label: 'Scale', value: '500 million daily users, 8 feed requests each a day; about 140,000 requests per second at peak.' },
      { label: 'Corpus', value: '100 million eligible videos, plus 3 million uploads a day.' },
      { label: 'Latency', value: 'p99 of 200 ms server-side for a page of 30 videos.' },
      { label: 'Data', value: 'Impressions, watch time, likes, shares and "not interested" taps are logged per request.' },
    ],
  },
  {
    id: 'event-recommendations',
    title: 'Event recommendations for a ticketing marketplace',
    area: 'Recommendations',
    caseStudy: 'event-recommendations',
    prompt:
      'People come to our ticketing app to find concerts, workshops and meetups near them. Build the "events for you" feed, the "you might also like" row on each event page and a weekly email.',
    facts: [
      { label: 'Scale', value: '8 million daily users; about 1,850 requests per second at peak.' },
      { label: 'Items', value: '2.5 million live events, 90,000 new a day, each listed for about four weeks before it expires.' },
      { label: 'Latency', value: 'p99 under 200 ms server-side; the email is a batch job.' },
      { label: 'Data', value: 'Views, saves, registrations and ticket purchases; organizers, venues and follows.' },
    ],
  },
  {
    id: 'ad-click-prediction',
    title: 'Click prediction for feed ads',
    area: 'Ads',
    caseStudy: 'ad-click-prediction',
    prompt:
      'Sponsored posts appear between organic posts in our social feed, and an auction picks the ad for each slot. Design the model that predicts whether a given user will click a given ad.',
    facts: [
      { label: 'Scale', value: '1 billion daily users, 20 billion ad impressions a day; 700,000 auctions per second at peak, 200 candidates each.' },
      { label: 'Latency', value: '35 ms p99 for the ranker inside a 100 ms ads budget.' },
      { label: 'Data', value: 'Impressions and clicks, average click rate about 1%; clicks can arrive minutes after the impression.' },
      { label: 'Freshness', value: 'New ads must be scorable within 5 minutes.' },
    ],
  },
  {
    id: 'news-feed',
    title: 'Ranking a social news feed',
    area: 'Social',
    caseStudy: 'news-feed',
    prompt:
      'You own home-feed ranking for a large social network. Leadership wants time people feel was well spent, not more scrolling, and integrity needs a way to reduce the reach of borderline posts without removing them. Design it.',
    facts: [
      { label: 'Scale', value: '400 million daily users, 12 feed requests each a day; about 140,000 requests per second at peak.' },
      { label: 'Items', value: '250 million new posts a day; each viewer has 1,000 to 5,000 eligible posts since the last visit.' },
      { label: 'Latency', value: 'p99 of 250 ms server time for a page of 25 posts.' },
      { label: 'Data', value: 'Likes, comments, shares, hides, reports and a small daily survey of whether a post was worth the time.' },
    ],
  },
  {
    id: 'people-you-may-know',
    title: 'People you may know',
    area: 'Social',
    caseStudy: 'people-you-may-know',
    prompt:
      'On our professional network, design the module that suggests people to connect with: on the network page, in a feed carousel and right after someone accepts an invitation.',
    facts: [
      { label: 'Scale', value: '160 million daily members; about 18,500 requests per second at peak.' },
      { label: 'Graph', value: '800 million members and 80 billion connections (average degree 200).' },
      { label: 'Latency', value: 'p99 under 150 ms server-side for 20 suggestions.' },
      { label: 'Data', value: 'Invitations sent, accepted and ignored; profile fields; shared employers and schools.' },
    ],
  },
  {
    id: 'visual-search',
    title: 'Visual search from a photo',
    area: 'Search',
    caseStudy: 'visual-search',
    prompt:
      'Add a camera button to our ideas-and-shopping app: someone photographs a lamp, or taps a chair inside an image, and we show visually similar products and inspiration images. Design it.',
    facts: [
      { label: 'Scale', value: '20 million daily users of the feature, 5 searches each; about 3,500 requests per second at peak.' },
      { label: 'Corpus', value: '1.5 billion images, 20 million new a day.' },
      { label: 'Latency', value: 'p99 of 200 ms from photo received to results.' },
      { label: 'Data', value: 'Saves and clicks on results; product catalogs from merchants; no labeled query-to-product pairs.' },
    ],
  },
  {
    id: 'street-imagery-blurring',
    title: 'Blurring faces and plates in street imagery',
    area: 'Vision',
    caseStudy: 'street-imagery-blurring',
    prompt:
      'Every face and license plate in our public street panoramas must be blurred before publication. The current blurring misses too much and we are expanding in Europe. Design the system, including re-processing what is already published.',
    facts: [
      { label: 'Scale', value: '4 billion published panoramas to re-scan in 100 days, plus 10 million new ones a day.' },
      { label: 'Latency', value: 'New captures blurred within 24 hours; never published unblurred.' },
      { label: 'Targets', value: '99.5% of identifiable faces and plates blurred; at least 85% of blurred regions real.' },
      { label: 'Data', value: 'About 20,000 user blur reports a day; EU captures must be processed in the EU.' },
    ],
  },
  {
    id: 'similar-listings',
    title: 'Similar listings for a stays marketplace',
    area: 'Recommendations',
    caseStudy: 'similar-listings',
    prompt:
      'Each listing page of our short-stay rental marketplace has a row of other places you might like. Today it re-runs search for the city and filters by price, and it underperforms. Design what fills that row.',
    facts: [
      { label: 'Scale', value: '40 million daily visitors, 9 listing views each; 12,500 row requests per second at peak.' },
      { label: 'Items', value: '8 million active listings; a listing can be booked once for a given set of nights.' },
      { label: 'Latency', value: 'p99 of 150 ms server-side.' },
      { label: 'Data', value: 'Search and click sessions, bookings, calendars; many guests browse without dates.' },
    ],
  },
  {
    id: 'video-search',
    title: 'Text-to-video search',
    area: 'Search',
    caseStudy: 'video-search',
    prompt:
      'Our keyword search over video titles misses videos that are clearly right but use other words, and it is slow to surface videos uploaded in the last hour. Design the system that turns a typed query into a ranked list of videos.',
    facts: [
      { label: 'Scale', value: '300 million daily searchers, 4 searches each; about 42,000 queries per second at peak.' },
      { label: 'Corpus', value: '1 billion public videos, 5 million uploads a day, in many languages.' },
      { label: 'Latency', value: 'p99 of 250 ms per results page of 20.' },
      { label: 'Data', value: 'Query logs with clicks and watch time; titles, descriptions, transcripts, thumbnails.' },
    ],
  },
  {
    id: 'harmful-content',
    title: 'Detecting harmful content',
    area: 'Integrity',
    caseStudy: 'harmful-content',
    prompt:
      'People post text, photos, short videos and comments on our social app in dozens of languages, and some of it breaks our rules. Design the system that finds it and decides what happens to it, and tell me how you would know the platform is getting safer.',
    facts: [
      { label: 'Scale', value: '1 billion daily users; 2.5 billion new items a day; about 87,000 classifications per second at peak.' },
      { label: 'Latency', value: '300 ms p99 for the check at upload; a full verdict within 5 minutes.' },
      { label: 'Review', value: '10,000 human reviewers, about 3 million reviews a day.' },
      { label: 'Data', value: 'User reports, reviewer decisions, appeals; 40 languages with enough volume for their own thresholds.' },
    ],
  },
  {
    id: 'payment-fraud',
    title: 'Real-time payment fraud',
    area: 'Fraud',
    caseStudy: 'payment-fraud',
    prompt:
      'Every card payment on our merchants’ checkouts passes through us. Decide for each payment whether to approve it, send it to a person or block it. Merchants hate losing good customers almost as much as they hate fraud.',
    facts: [
      { label: 'Scale', value: '120 million payments a day; about 6,900 per second at peak.' },
      { label: 'Latency', value: '100 ms p99 for the decision.' },
      { label: 'Data', value: 'About 1 payment in 1,000 is fraud; chargebacks arrive over 60 to 90 days; reviewer verdicts within hours.' },
      { label: 'Constraints', value: 'At most 0.1% of legitimate payments blocked; 12,000 manual reviews a day.' },
    ],
  },
  {
    id: 'search-ranking',
    title: 'Marketplace search ranking',
    area: 'Search',
    caseStudy: 'search-ranking',
    prompt:
      'Independent sellers list a couple of hundred million products on our marketplace, and search drives most sales. People reformulate, scroll and give up. Design the ranked results page, and tell me how you would know a new ranker is better before shipping it.',
    facts: [
      { label: 'Scale', value: '60 million daily searchers, 5 searches each; about 10,400 queries per second at peak.' },
      { label: 'Items', value: '200 million listings, 5 million new a day; prices and stock change constantly.' },
      { label: 'Latency', value: 'p99 of 250 ms per page of 48 results.' },
      { label: 'Data', value: 'Query logs with clicks, add-to-cart and purchases.' },
    ],
  },
  {
    id: 'rag-support-assistant',
    title: 'A support assistant grounded in our documents',
    area: 'LLM',
    caseStudy: 'rag-support-assistant',
    prompt:
      'Customers of our business software wait hours for answers to simple questions. Build an assistant that answers from our help articles, manuals, release notes and resolved tickets, and hands off to a person when it should. How does it work, how do you know it is right, what does it cost?',
    facts: [
      { label: 'Scale', value: '1 million askers a day, 10 turns each; about 460 questions per second at peak.' },
      { label: 'Corpus', value: '10 million documents, about 50 million chunks, most of them resolved tickets.' },
      { label: 'Latency', value: 'First token within 1 s at p95; streaming after that.' },
      { label: 'Constraints', value: 'Per-customer document permissions; personal data redacted in logs.' },
    ],
  },
  {
    id: 'conversational-assistant',
    title: 'A consumer chat assistant',
    area: 'LLM',
    caseStudy: 'conversational-assistant',
    prompt:
      'We are launching a general-purpose chat assistant on web and mobile, free and paid. Your team owns everything that turns a base model into the product: adapting it, deciding whether a new version is better, serving it affordably and keeping it from being abused.',
    facts: [
      { label: 'Scale', value: '20 million daily users, 12 turns each; about 6,900 turns per second at peak.' },
      { label: 'Output', value: '350 tokens per answer on average; up to 4,096 tokens of context.' },
      { label: 'Latency', value: 'First token within 1 s at p95; under 50 ms between tokens.' },
      { label: 'Data', value: 'Thumbs up and down with a reason, regenerations, conversation history (opt-in for training).' },
    ],
  },

  // Prompts no case study covers. Every number is an assumption of the practice scenario.
  {
    id: 'delivery-eta',
    title: 'Delivery time estimates for a food app',
    area: 'Forecasting',
    prompt:
      'Our food-delivery app shows an estimated delivery time on the restaurant list and at checkout. Too many orders arrive late. Design the system that produces those estimates.',
    facts: [
      { label: 'Scale', value: '2 million orders a day; list pages need estimates for about 40 restaurants each, so roughly 20,000 predictions per second at the dinner peak.' },
      { label: 'Latency', value: '60 ms for the whole estimate call.' },
      { label: 'Data', value: 'Order, pickup and drop-off timestamps; courier GPS; a routing service owned by another team.' },
    ],
  },
  {
    id: 'spam-email',
    title: 'Spam filtering for an email service',
    area: 'Integrity',
    prompt:
      'Design the spam filter for a consumer email service. Users complain both about spam in the inbox and about real mail landing in the spam folder.',
    facts: [
      { label: 'Scale', value: '10 billion incoming messages a day: 10^10 ÷ 86,400 ≈ 116,000 a second on average.' },
      { label: 'Latency', value: 'A verdict within 1 s of receipt; delivery may wait that long.' },
      { label: 'Data', value: '"Report spam" and "not spam" clicks from about 1% of users; sender reputation; headers and bodies.' },
      { label: 'Constraints', value: 'Message bodies may not be read by human reviewers.' },
    ],
  },
  {
    id: 'query-autocomplete',
    title: 'Query autocomplete',
    area: 'Search',
    prompt: 'As someone types in our search box, suggest up to eight completions. Design the system.',
    facts: [
      { label: 'Scale', value: '50 million searches a day, about 6 keystrokes each with a request: 3 × 10^8 ÷ 86,400 ≈ 3,500 requests a second, 10,000 at peak.' },
      { label: 'Latency', value: '50 ms p99 server-side, or the suggestions arrive after the next keystroke.' },
      { label: 'Data', value: 'A year of query logs with what was finally searched and clicked.' },
      { label: 'Constraints', value: 'No offensive or personally identifying completions.' },
    ],
  },
  {
    id: 'app-store-ranking',
    title: 'App store search and ranking',
    area: 'Search',
    prompt:
      'Design search and ranking for a mobile app store: a typed query returns a ranked list of apps.',
    facts: [
      { label: 'Scale', value: '3 million apps; 100 million searches a day (about 1,200 a second on average).' },
      { label: 'Latency', value: '200 ms p99 per results page.' },
      { label: 'Data', value: 'Impressions, installs, uninstalls within a week, ratings; developers write titles and keywords to game search.' },
    ],
  },
  {
    id: 'ride-pricing',
    title: 'Surge pricing for a ride-hailing app',
    area: 'Pricing',
    prompt:
      'When demand outstrips drivers, our ride-hailing app raises prices in that area. Design the system that sets the multiplier.',
    facts: [
      { label: 'Scale', value: '500 cities split into hexagonal cells of about 1 km²; prices recomputed per cell every minute.' },
      { label: 'Latency', value: 'A quote within 300 ms of the rider entering a destination.' },
      { label: 'Data', value: 'Ride requests, quotes shown and accepted, driver locations every 4 s.' },
      { label: 'Constraints', value: 'A regulatory cap on the multiplier in some cities; caps during emergencies.' },
    ],
  },
  {
    id: 'demand-forecasting',
    title: 'Demand forecasting for a retailer',
    area: 'Forecasting',
    prompt:
      'Our retailer orders stock for each store every week. Forecast demand per product per store so we waste less and run out less.',
    facts: [
      { label: 'Scale', value: '2,000 stores × 30,000 products = 60 million series, forecast weekly for the next 28 days.' },
      { label: 'Latency', value: 'Batch: forecasts due by 6 a.m. every Monday.' },
      { label: 'Data', value: 'Three years of daily sales, prices, promotions, holidays; stock-outs are recorded as zero sales.' },
    ],
  },
  {
    id: 'translation-quality',
    title: 'Quality estimation for machine translation',
    area: 'LLM',
    prompt:
      'We machine-translate product reviews into the reader’s language. Design a system that predicts, for each translation, whether it is good enough to show without a human.',
    facts: [
      { label: 'Scale', value: '30 million translations a day across 40 language pairs.' },
      { label: 'Latency', value: 'Translations are made when the review is posted; up to 10 minutes is fine.' },
      { label: 'Data', value: '200,000 translations rated by professional translators, unevenly spread across pairs; reader "see original" clicks.' },
    ],
  },
  {
    id: 'code-completion',
    title: 'Code completion in an editor',
    area: 'LLM',
    prompt: 'Design inline code completion for our editor: as a developer types, suggest the rest of the line or block.',
    facts: [
      { label: 'Scale', value: '1 million daily developers, about 300 completion requests each a day: 3 × 10^8 ÷ 86,400 ≈ 3,500 a second, 10,000 at peak.' },
      { label: 'Latency', value: 'A suggestion within 300 ms, or it arrives after the developer has typed on.' },
      { label: 'Data', value: 'Accepted, edited and rejected suggestions; permissively licensed public code.' },
      { label: 'Constraints', value: 'Customers’ private code may not be used to train a model shared with others.' },
    ],
  },
  {
    id: 'wake-word',
    title: 'Wake-word detection for a voice assistant',
    area: 'Audio',
    prompt: 'Our smart speaker wakes up when someone says its name. Design the wake-word detector.',
    facts: [
      { label: 'Scale', value: '50 million devices listening around the clock.' },
      { label: 'Latency', value: 'Wake within 200 ms of the word ending.' },
      { label: 'Compute', value: 'A microcontroller-class chip: under 1 MB for the model and a few milliwatts.' },
      { label: 'Targets', value: 'At most one false wake per device per 48 hours; audio leaves the device only after a wake.' },
    ],
  },
  {
    id: 'document-ocr',
    title: 'Extracting fields from invoices',
    area: 'Vision',
    prompt:
      'Businesses upload invoices as PDFs and phone photos. Extract supplier, date, totals and line items so they can be paid without typing.',
    facts: [
      { label: 'Scale', value: '5 million documents a day, in 20 languages, from thousands of layouts.' },
      { label: 'Latency', value: 'Results within 1 minute of upload.' },
      { label: 'Data', value: 'Corrections users make to extracted fields; 50,000 hand-labeled documents.' },
      { label: 'Constraints', value: 'A wrong total paid is far worse than a field left for a person to fill in.' },
    ],
  },
  {
    id: 'hotel-dynamic-pricing',
    title: 'Dynamic pricing for hotel rooms',
    area: 'Pricing',
    prompt: 'Recommend nightly prices to the hotels on our booking platform so they fill rooms without underpricing.',
    facts: [
      { label: 'Scale', value: '300,000 hotels × 365 future nights ≈ 110 million prices, refreshed daily.' },
      { label: 'Latency', value: 'Batch overnight; hotels accept or edit the suggestions.' },
      { label: 'Data', value: 'Searches, prices shown, bookings and cancellations; competitor prices for some cities.' },
    ],
  },
  {
    id: 'churn-prediction',
    title: 'Churn prediction for a subscription service',
    area: 'Classification',
    prompt:
      'Our streaming subscription loses too many members. Predict who is about to cancel so the retention team can act, and tell me how you would know the actions work.',
    facts: [
      { label: 'Scale', value: '30 million subscribers, scored weekly.' },
      { label: 'Latency', value: 'Batch: scores are due every Monday morning, when the retention team plans its week.' },
      { label: 'Data', value: 'Viewing history, billing, support contacts; about 3% cancel each month.' },
      { label: 'Constraints', value: 'The retention team can make 200,000 offers a week.' },
    ],
  },
  {
    id: 'credit-risk',
    title: 'Credit risk for small consumer loans',
    area: 'Classification',
    prompt: 'Decide whether to approve applications for small consumer loans, and at what limit.',
    facts: [
      { label: 'Scale', value: '50,000 applications a day.' },
      { label: 'Latency', value: 'A decision within 5 s of submitting the form.' },
      { label: 'Data', value: 'Bureau data, application fields; defaults are known only 6 to 12 months later, and only for approved loans.' },
      { label: 'Constraints', value: 'Regulators require a reason for every decline and forbid protected attributes.' },
    ],
  },
  {
    id: 'grocery-recommendations',
    title: 'Recommendations for a grocery app',
    area: 'Recommendations',
    prompt: 'Design "buy it again" and "you might also need" recommendations for our grocery delivery app.',
    facts: [
      { label: 'Scale', value: '5 million weekly shoppers, 40,000 products per store, 800 stores with different stock.' },
      { label: 'Latency', value: '150 ms p99 on the basket page.' },
      { label: 'Data', value: 'Order histories (most baskets repeat weekly), substitutions, out-of-stock events.' },
    ],
  },
  {
    id: 'ads-budget-pacing',
    title: 'Ads budget pacing',
    area: 'Ads',
    prompt:
      'Advertisers set a daily budget. Design the system that spreads each budget across the day so it neither runs out at 9 a.m. nor goes unspent.',
    facts: [
      { label: 'Scale', value: '2 million active campaigns; 200,000 auctions a second at peak.' },
      { label: 'Latency', value: 'The pacing decision adds at most 2 ms to each auction.' },
      { label: 'Data', value: 'Spend per campaign streamed with about 1 minute of delay; traffic curves by hour and region.' },
    ],
  },
  {
    id: 'metric-anomaly-detection',
    title: 'Anomaly detection for business metrics',
    area: 'Monitoring',
    prompt:
      'We track thousands of business metrics (sign-ups, payments, errors) by country and platform. Alert the owning team when one behaves abnormally, without burying them in false alarms.',
    facts: [
      { label: 'Scale', value: '5,000 metrics × 200 slices = 1 million time series at 1-minute resolution.' },
      { label: 'Latency', value: 'Alert within 10 minutes of the anomaly starting.' },
      { label: 'Data', value: 'Two years of history; a few hundred past incidents with start times; no labels otherwise.' },
    ],
  },
  {
    id: 'image-alt-text',
    title: 'Image descriptions for accessibility',
    area: 'Vision',
    prompt:
      'Screen-reader users hear "image" for most photos on our social app. Generate a description for every photo that has none.',
    facts: [
      { label: 'Scale', value: '300 million photos uploaded a day: 3 × 10^8 ÷ 86,400 ≈ 3,500 a second on average.' },
      { label: 'Latency', value: 'The description should exist by the time the post is first viewed, typically under a minute.' },
      { label: 'Data', value: 'Alt text that some users wrote themselves; a small set rated by screen-reader users.' },
      { label: 'Constraints', value: 'Never guess a person’s identity, age, race or gender.' },
    ],
  },
  {
    id: 'playlist-continuation',
    title: 'Music playlist continuation',
    area: 'Recommendations',
    prompt: 'When a user’s playlist ends, keep playing songs that fit it. Design the system that picks them.',
    facts: [
      { label: 'Scale', value: '100 million songs; 80 million daily listeners; a request every time a queue runs low.' },
      { label: 'Latency', value: '300 ms; the next track must be ready before the current one ends.' },
      { label: 'Data', value: 'Plays, skips within 30 s, saves; 4 billion user-made playlists; audio features.' },
    ],
  },
  {
    id: 'job-matching',
    title: 'Job matching on a hiring platform',
    area: 'Recommendations',
    prompt:
      'Recommend jobs to candidates and candidates to recruiters on our hiring platform. A good match is one where both sides say yes.',
    facts: [
      { label: 'Scale', value: '20 million active job seekers, 3 million open jobs.' },
      { label: 'Latency', value: '200 ms p99 for the jobs feed; recruiter lists may be precomputed daily.' },
      { label: 'Data', value: 'Applications, recruiter replies, interviews and hires (hires known weeks later and only for some).' },
      { label: 'Constraints', value: 'Employment law forbids using protected attributes, including through proxies.' },
    ],
  },
  {
    id: 'news-deduplication',
    title: 'Clustering duplicate news stories',
    area: 'Clustering',
    prompt:
      'Our news aggregator shows the same story from dozens of outlets. Group articles about the same event so we show one story with its sources.',
    facts: [
      { label: 'Scale', value: '2 million new articles a day from 50,000 sources, in 30 languages.' },
      { label: 'Latency', value: 'A breaking article joins its story within 2 minutes.' },
      { label: 'Data', value: 'Article text and metadata; editors merged or split about 10,000 stories by hand last year.' },
    ],
  },
  {
    id: 'meeting-summaries',
    title: 'Meeting summaries with an LLM',
    area: 'LLM',
    prompt:
      'Our video-call product records meetings when everyone agrees. Send each participant a summary with decisions and action items when the meeting ends.',
    facts: [
      { label: 'Scale', value: '5 million recorded meetings a day, averaging 40 minutes (about 6,000 words of transcript).' },
      { label: 'Latency', value: 'The summary arrives within 5 minutes of the meeting ending.' },
      { label: 'Data', value: 'Transcripts from our speech model; users can edit summaries and rate them.' },
      { label: 'Constraints', value: 'Enterprise customers forbid training on their meetings.' },
    ],
  },
  {
    id: 'restaurant-review-ranking',
    title: 'Ranking reviews on a restaurant page',
    area: 'Ranking',
    prompt: 'Each restaurant page shows reviews. Decide which ones come first so readers can decide quickly and fairly.',
    facts: [
      { label: 'Scale', value: '1 million restaurants, 200 million reviews; 30 million page views a day.' },
      { label: 'Latency', value: '100 ms p99 for the review list.' },
      { label: 'Data', value: '"Helpful" votes (mostly on reviews already near the top), review text and photos, reviewer history.' },
    ],
  },
  {
    id: 'fake-account-detection',
    title: 'Fake account detection at sign-up',
    area: 'Integrity',
    prompt: 'Spammers create thousands of accounts on our social app every day. Stop them at sign-up and catch the ones that slip through.',
    facts: [
      { label: 'Scale', value: '3 million sign-ups a day; about 10% estimated to be fake.' },
      { label: 'Latency', value: '500 ms for the sign-up check.' },
      { label: 'Data', value: 'Device and network signals, sign-up form timing, later behavior; labels from takedowns and appeals.' },
      { label: 'Constraints', value: 'A blocked real person may never come back.' },
    ],
  },
  {
    id: 'push-notifications',
    title: 'Which push notifications to send',
    area: 'Recommendations',
    prompt:
      'Our app can send many kinds of push notifications. Decide which ones to send to whom, and when, without driving people to turn notifications off.',
    facts: [
      { label: 'Scale', value: '100 million users; 2 billion candidate notifications a day, of which at most 5 per user may be sent.' },
      { label: 'Latency', value: 'Near real time for messages from friends; the rest may wait up to an hour.' },
      { label: 'Data', value: 'Sends, opens, app visits after a push, and notification opt-outs.' },
    ],
  },
  {
    id: 'product-categorization',
    title: 'Categorizing marketplace listings',
    area: 'Classification',
    prompt: 'Sellers often put products in the wrong category. Assign each new listing to one of our categories automatically.',
    facts: [
      { label: 'Scale', value: '5 million new listings a day; a taxonomy of 15,000 leaf categories.' },
      { label: 'Latency', value: '1 s while the seller fills in the listing form.' },
      { label: 'Data', value: 'Titles, descriptions, photos; seller-chosen categories (noisy); 100,000 expert-labeled listings.' },
    ],
  },
  {
    id: 'search-ads-relevance',
    title: 'Relevance filter for search ads',
    area: 'Ads',
    prompt:
      'Advertisers bid on keywords, and some of the ads we show for a query are irrelevant to it. Design a model that blocks irrelevant ads before the auction.',
    facts: [
      { label: 'Scale', value: '30,000 queries a second at peak, 500 candidate ads each.' },
      { label: 'Latency', value: '15 ms for the filter inside the ads budget.' },
      { label: 'Data', value: '1 million query–ad pairs rated by human judges; clicks and complaints.' },
    ],
  },
  {
    id: 'ev-charging-forecast',
    title: 'Charger availability forecasts',
    area: 'Forecasting',
    prompt:
      'Our EV charging app shows whether a charging station will have a free charger when you arrive. Design the prediction.',
    facts: [
      { label: 'Scale', value: '80,000 stations, 300,000 chargers; 5 million route plans a day.' },
      { label: 'Latency', value: '200 ms per route, which may pass 20 stations.' },
      { label: 'Data', value: 'Charger status every minute from most operators; some report only hourly.' },
    ],
  },
  {
    id: 'hate-speech-livestream',
    title: 'Moderating live-stream chat',
    area: 'Integrity',
    prompt: 'Live streams on our platform have chats that turn abusive fast. Design moderation for chat messages.',
    facts: [
      { label: 'Scale', value: '200,000 concurrent streams; 50,000 chat messages a second at peak.' },
      { label: 'Latency', value: 'A message is held at most 150 ms before it appears.' },
      { label: 'Data', value: 'Streamer and moderator deletions and bans; user reports; 25 languages plus heavy slang.' },
    ],
  },
];

/** Prompts that have a case study as model answer, and those that do not. */
export const covered = (p: PracticePrompt): boolean => p.caseStudy !== undefined;

export function promptById(id: string): PracticePrompt | undefined {
  return PROMPTS.find((p) => p.id === id);
}
