//! A bare Yew page: one function component rendering a heading and a small table, the same
//! markup as tests/bench/plain/index.html. The figures sit in the source, so the page does no
//! work of its own: whatever it costs is Yew's (and WebAssembly's) floor.
use yew::prelude::*;

/// Offer name, yearly gross pay, yearly net pay.
const OFFERS: [(&str, u32, u32); 2] = [("Offer 1", 50_253, 41_187), ("Offer 2", 62_400, 49_902)];

#[function_component]
fn App() -> Html {
    html! {
        <main>
            <h1>{ "Job offer comparison" }</h1>
            <table>
                <thead>
                    <tr><th>{ "Offer" }</th><th>{ "Gross per year" }</th><th>{ "Net per year" }</th></tr>
                </thead>
                <tbody>
                    { for OFFERS.iter().enumerate().map(|(i, (name, gross, net))| html! {
                        <tr>
                            <th scope="row">{ *name }</th>
                            <td>{ format!("${gross}") }</td>
                            <td data-testid={ format!("net-{}", i + 1) } data-value={ net.to_string() }>
                                { format!("${net}") }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
