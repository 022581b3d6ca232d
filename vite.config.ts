import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    vue(),
    // Messages are compiled at build time and only the runtime ships: petite-vue-i18n, Vue I18n's
    // own translation-only build (numbers go through Intl directly). Without dropMessageCompiler
    // the JIT message compiler still ships (~20 KB gzip measured here).
    VueI18nPlugin({
      module: 'petite-vue-i18n',
      include: [fileURLToPath(new URL('./src/i18n/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
      strictMessage: true,
      escapeHtml: false,
    }),
    // The service worker (src/sw/sw.ts, built to dist/sw.js) for the browser build only. The app
    // registers it itself, after load (src/offline/); the manifest is public/manifest.webmanifest.
    ...(isSsrBuild ? [] : [VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // The code of every route and the styles. Fonts are cached when a reader chooses one (sw.ts),
        // not for everyone; index.html is a template the server fills, never a page of its own.
        globPatterns: ['assets/*.{js,css}', 'no-script.css', 'favicon.svg', 'manifest.webmanifest', 'icons/*.png'],
        rollupFormat: 'es',
      },
    })]),
  ],
  define: {
    // Only the Composition API is used: let Vue and vue-i18n drop the rest.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    target: 'es2022',
    // The server's own build (`--ssr`, into dist-server/) is read by Node: no minifying, no public files.
    minify: isSsrBuild ? false : 'terser',
    copyPublicDir: !isSsrBuild,
    terserOptions: { compress: { passes: 3 }, format: { comments: false } },
    modulePreload: { polyfill: false },
    manifest: true, // read by scripts/bench.mjs to know which chunks a route needs
    // Which chunks and stylesheets each source module needs: the server preloads them per page.
    ssrManifest: true,
    sourcemap: false,
    reportCompressedSize: false,
    // The framework every first view needs (and Vite's preload helper) in one long-cached chunk.
    // Left to automatic splitting, adding any lazy route re-split them into small chunks whose
    // separate gzip overhead pushed the article route past its 60 KB budget.
    // Likewise the small modules every view shares (loading states, the page heading, dates and
    // numbers, the app context): left alone they became seven files of a few hundred bytes each,
    // 1.4 KB more on the article route than the one chunk they make together. core/locale.ts joins
    // them: the entry and lazy views both import it, which made it a 147-byte chunk (and a request) of its own.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](@vue|vue|vue-router|pinia|petite-vue-i18n|@intlify)[\\/]|vite\/preload-helper/, priority: 10 },
            { name: 'views', test: /[\\/]src[\\/](composables[\\/](useResource|usePageHeading)|components[\\/](FormattedTime|BreadcrumbTrail|NotFoundMessage|ResourceStates|LoadError|RefreshNotice|LoadingState)|ssr[\\/]context|router[\\/]navigationFocus|i18n[\\/](formats|serverFormatted|dates))\b|[\\/]core[\\/]locale\.ts$/, priority: 5 },
          ],
        },
      },
    },
  },
}))
