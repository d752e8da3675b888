import { lazyPart } from '../common/lazyPart'

// The resolver, its comparison and the answer's views (about 3 KB gzip) are needed once a question is
// asked: they load when the pointer or focus comes to the explorer or the diagram (whose DNS names ask
// it), off the first paint's script. The service worker precaches them for offline use.
const dnsAnswer = lazyPart(() => import('./DnsAnswer').then((module) => module.default))

/** Starts loading the answer's chunk (see lazyPart). */
export const preloadDnsAnswer = () => void dnsAnswer.preload()

/** The answer to the question asked, loaded on first use. */
export const LazyDnsAnswer = dnsAnswer.Part
