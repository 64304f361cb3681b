# c. 1→4096→1 ReLU net with Dropout(0.5), MSE + Adam (Assignment 2): n 150, 300 epochs
import torch
torch.manual_seed(43052)
x = torch.linspace(0, 1, 150).reshape(-1, 1)
y = 2 * x + torch.randn(150).reshape(-1, 1) * 0.5
net = torch.nn.Sequential(
    torch.nn.Linear(1, 4096),
    torch.nn.ReLU(),
    torch.nn.Dropout(0.5),
    torch.nn.Linear(4096, 1)
)
loss_fn = torch.nn.MSELoss()
optimizr = torch.optim.Adam(net.parameters())
# %%
for epoc in range(300):
    ## 1
    yhat = net(x)
    ## 2
    loss = loss_fn(yhat, y)
    ## 3
    loss.backward()
    ## 4
    optimizr.step()
    optimizr.zero_grad()
print(loss.item())
