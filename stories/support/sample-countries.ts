import sample from '../../demo/feeds/countries.json';

/** The sample's countries with made-up weights, so a cloud has sizes to show. */
export function weightedCountries() {
  return {
    countries: sample.countries.map((country, i) => ({
      ...country,
      weight: country.slug === 'china' ? 340 : country.slug === 'north-korea' ? 180 : ((i * 37) % 90) + 1,
    })),
  };
}
