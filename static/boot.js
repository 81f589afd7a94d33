const q=new URL(import.meta.url).searchParams,at=n=>new URL(q.get(n),import.meta.url).href;
const{default:init}=await import(at('js'));await init({module_or_path:self.wasmFetch??at('wasm')});
