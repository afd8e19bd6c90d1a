// The import map both bench pages need for Lit itself, for the Lit floors (the library bundles its
// own copy). Written by a classic script before any module loads, so the map is in one place.
const map = document.createElement('script');
map.type = 'importmap';
map.textContent = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
});
document.currentScript.after(map);
